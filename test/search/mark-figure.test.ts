// Figures are marked in a snippet by a scan (markFigure), not by the FTS highlighter: only where the figure
// stands alone, never inside a longer number or word, never inside a mark already there.
import t from 'tap';
import { MARK_CLOSE, MARK_OPEN } from '../../src/repositories/search.js';
import { markFigure } from '../../src/services/search.js';

const shown = (s: string) => s.replaceAll(MARK_OPEN, '[').replaceAll(MARK_CLOSE, ']');

t.test('a figure standing alone is marked, the first such place only', async (t) => {
  t.equal(shown(markFigure('In 2017 and 2017 again', '2017')), 'In [2017] and 2017 again');
  t.equal(shown(markFigure('11,000 BTC', '11,000 BTC')), '[11,000 BTC]');
});

t.test('not inside a longer number or a word, in any script', async (t) => {
  t.equal(shown(markFigure('20170 then 2017', '2017')), '20170 then [2017]');
  t.equal(shown(markFigure('x2017 2017y 2017', '2017')), 'x2017 2017y [2017]');
  t.equal(shown(markFigure('年2017 ٣2017 2017', '2017')), '年2017 ٣2017 [2017]');
  // A letter outside the BMP (a surrogate pair) before the figure is a letter too.
  t.equal(shown(markFigure('𝐀2017 2017', '2017')), '𝐀2017 [2017]');
  t.equal(shown(markFigure('(2017).', '2017')), '([2017]).');
});

t.test('not inside an existing mark; nothing found leaves the snippet as it was', async (t) => {
  t.equal(shown(markFigure(`${MARK_OPEN}in 2017${MARK_CLOSE} and 2017`, '2017')), '[in 2017] and [2017]');
  t.equal(markFigure('no figure here', '2017'), 'no figure here');
  t.equal(markFigure('anything', ''), 'anything');
});
