import t from 'tap';
import { canonicaliseUrl } from '../../src/domain/urls.js';

t.test('lower-cases scheme and host, keeps path case', async (t) => {
  t.equal(canonicaliseUrl('HTTPS://WWW.Example.COM/News/Article-One'), 'https://www.example.com/News/Article-One');
  t.equal(canonicaliseUrl('  http://Example.com  '), 'http://example.com/', 'surrounding whitespace ignored');
});

t.test('drops the fragment', async (t) => {
  t.equal(canonicaliseUrl('https://example.com/a#section-2'), 'https://example.com/a');
  t.equal(canonicaliseUrl('https://example.com/a?x=1#'), 'https://example.com/a?x=1');
});

t.test('removes utm_* parameters, keeps others in order', async (t) => {
  t.equal(
    canonicaliseUrl('https://example.com/story?id=42&utm_source=twitter&page=2&utm_medium=social&utm_campaign=launch&ref=home'),
    'https://example.com/story?id=42&page=2&ref=home',
  );
  t.equal(canonicaliseUrl('https://example.com/story?z=1&a=2&m=3'), 'https://example.com/story?z=1&a=2&m=3', 'no reordering');
  t.equal(canonicaliseUrl('https://example.com/story?q=a%20b+c&flag'), 'https://example.com/story?q=a%20b+c&flag', 'encoding kept verbatim');
  t.equal(canonicaliseUrl('https://example.com/story?UTM_Source=x&utm_term=y&utm_content=z&id=1'), 'https://example.com/story?id=1', 'case-insensitive utm_ key');
  t.equal(canonicaliseUrl('https://example.com/story?utm_source=x&utm_medium=y'), 'https://example.com/story', 'empty query leaves no "?"');
  t.equal(canonicaliseUrl('https://example.com/story?'), 'https://example.com/story', 'bare trailing "?" removed');
  t.equal(canonicaliseUrl('https://example.com/story?utm=1&xutm_source=2'), 'https://example.com/story?utm=1&xutm_source=2', 'only utm_ prefixed keys removed');
});

t.test('drops default ports, keeps others', async (t) => {
  t.equal(canonicaliseUrl('http://example.com:80/a'), 'http://example.com/a');
  t.equal(canonicaliseUrl('https://example.com:443/a'), 'https://example.com/a');
  t.equal(canonicaliseUrl('https://example.com:8443/a'), 'https://example.com:8443/a');
  t.equal(canonicaliseUrl('http://example.com:443/a'), 'http://example.com:443/a', '443 is not the default for http');
});

t.test('rejects non-http(s) schemes', async (t) => {
  for (const input of ['ftp://example.com/file.txt', 'mailto:someone@example.com', 'javascript:alert(1)', 'file:///etc/passwd']) {
    t.throws(() => canonicaliseUrl(input), { message: /only http and https/ }, input);
  }
  try {
    canonicaliseUrl('ftp://example.com/');
    t.fail('should throw');
  } catch (err) {
    t.equal((err as Error).constructor, Error, 'a plain Error');
    t.match((err as Error).message, /ftp/);
  }
});

t.test('rejects garbage', async (t) => {
  for (const input of ['not a url', 'example.com/no-scheme', 'http://', '://missing', '']) {
    t.throws(() => canonicaliseUrl(input), Error, JSON.stringify(input));
  }
  t.throws(() => canonicaliseUrl('not a url'), { message: /Invalid URL/ });
});
