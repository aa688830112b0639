// The verification workflow as a table: every (from, to, role, rationale, evidence) case and its outcome.
import t from 'tap';
import { CLAIM_STATUSES, type ClaimStatus, type Role, type Stance } from '../../src/domain/types.js';
import { brokenVerdictRule, checkTransition, isVerdict, VERDICTS } from '../../src/domain/workflow.js';

type Row = [from: ClaimStatus, to: ClaimStatus, role: Role, rationale: string | null, stances: Stance[], expected: null | { status: 403 | 409; rule: string }];

const ALL: Stance[] = ['supports', 'contradicts', 'context'];
const ok = null;
const refused = (status: 403 | 409, rule: string) => ({ status, rule });

const TABLE: Row[] = [
  // unverified → in_review: any writer, rationale optional
  ['unverified', 'in_review', 'checker', null, [], ok],
  ['unverified', 'in_review', 'checker', 'Starting review', [], ok],
  ['unverified', 'in_review', 'reviewer', null, [], ok],
  ['unverified', 'in_review', 'admin', null, [], ok],
  // in_review → verdicts: reviewer or admin, with rationale and the evidence each verdict needs
  ['in_review', 'verified', 'reviewer', 'Two sources agree', ['supports'], ok],
  ['in_review', 'verified', 'admin', 'Two sources agree', ['supports'], ok],
  ['in_review', 'false', 'reviewer', 'The report says otherwise', ['contradicts'], ok],
  ['in_review', 'misleading', 'reviewer', 'Partly true', ['context'], ok],
  ['in_review', 'misleading', 'reviewer', 'Partly true', ['supports'], ok],
  ['in_review', 'unverifiable', 'reviewer', 'No primary source', [], ok],
  ['in_review', 'verified', 'reviewer', 'x', ['contradicts', 'context'], refused(409, 'verified-needs-supporting-evidence')],
  ['in_review', 'verified', 'reviewer', 'x', [], refused(409, 'verified-needs-supporting-evidence')],
  ['in_review', 'false', 'reviewer', 'x', ['supports', 'context'], refused(409, 'false-needs-contradicting-evidence')],
  ['in_review', 'misleading', 'reviewer', 'x', [], refused(409, 'misleading-needs-evidence')],
  ['in_review', 'verified', 'reviewer', null, ALL, refused(409, 'verdict-needs-rationale')],
  ['in_review', 'unverifiable', 'reviewer', '   ', ALL, refused(409, 'verdict-needs-rationale')],
  ['in_review', 'verified', 'checker', 'x', ALL, refused(403, 'verdict-needs-reviewer')],
  ['in_review', 'unverifiable', 'checker', 'x', ALL, refused(403, 'verdict-needs-reviewer')],
  // a verdict straight from unverified, or from another verdict
  ['unverified', 'verified', 'reviewer', 'x', ALL, refused(409, 'verdict-needs-in-review')],
  ['unverified', 'unverifiable', 'admin', 'x', ALL, refused(409, 'verdict-needs-in-review')],
  ['verified', 'false', 'reviewer', 'x', ALL, refused(409, 'verdict-needs-in-review')],
  ['false', 'misleading', 'reviewer', 'x', ALL, refused(409, 'verdict-needs-in-review')],
  ['unverified', 'verified', 'checker', 'x', ALL, refused(403, 'verdict-needs-reviewer')],
  // re-opening
  ['verified', 'in_review', 'reviewer', 'New evidence', ALL, ok],
  ['false', 'in_review', 'admin', 'New evidence', ALL, ok],
  ['unverifiable', 'in_review', 'reviewer', 'New evidence', [], ok],
  ['misleading', 'in_review', 'reviewer', null, ALL, refused(409, 'reopen-needs-reason')],
  ['verified', 'in_review', 'reviewer', '  ', ALL, refused(409, 'reopen-needs-reason')],
  ['verified', 'in_review', 'checker', 'New evidence', ALL, refused(403, 'reopen-needs-reviewer')],
  // never back to unverified; never to the same status
  ['in_review', 'unverified', 'admin', 'x', ALL, refused(409, 'cannot-return-to-unverified')],
  ['verified', 'unverified', 'reviewer', 'x', ALL, refused(409, 'cannot-return-to-unverified')],
  ['unverified', 'unverified', 'checker', null, [], refused(409, 'status-unchanged')],
  ['in_review', 'in_review', 'reviewer', 'x', [], refused(409, 'status-unchanged')],
  ['verified', 'verified', 'reviewer', 'x', ALL, refused(409, 'status-unchanged')],
];

t.test('checkTransition table', async (t) => {
  for (const [from, to, role, rationale, activeStances, expected] of TABLE) {
    const got = checkTransition({ from, to, role, rationale, activeStances });
    const name = `${from} → ${to} as ${role}${rationale ? ' with rationale' : ''} [${activeStances.join(',')}]`;
    if (expected === null) t.equal(got, null, `${name}: allowed`);
    else {
      t.match(got, { ...expected, detail: String }, `${name}: ${expected.status} ${expected.rule}`);
      if (expected.status === 403) t.equal(got?.requiredRole, 'reviewer', `${name}: names the reviewer role`);
    }
  }
});

t.test('every (from, to) pair is decided for a reviewer with full evidence', async (t) => {
  for (const from of CLAIM_STATUSES) {
    for (const to of CLAIM_STATUSES) {
      const got = checkTransition({ from, to, role: 'reviewer', rationale: 'because', activeStances: ALL });
      const allowed = (from === 'unverified' && to === 'in_review') || (from === 'in_review' && isVerdict(to)) || (isVerdict(from) && to === 'in_review');
      t.equal(got === null, allowed, `${from} → ${to} ${allowed ? 'allowed' : 'refused'}`);
      if (got) t.equal(got.status, 409);
    }
  }
});

t.test('brokenVerdictRule', async (t) => {
  t.equal(brokenVerdictRule('verified', ['context'])?.rule, 'verified-needs-supporting-evidence');
  t.equal(brokenVerdictRule('verified', ['supports']), null);
  t.equal(brokenVerdictRule('false', ['supports'])?.rule, 'false-needs-contradicting-evidence');
  t.equal(brokenVerdictRule('misleading', [])?.rule, 'misleading-needs-evidence');
  t.equal(brokenVerdictRule('misleading', ['context']), null);
  t.equal(brokenVerdictRule('unverifiable', []), null, 'unverifiable needs no evidence');
  t.equal(brokenVerdictRule('in_review', []), null, 'not a verdict');
  t.same([...VERDICTS].sort(), ['false', 'misleading', 'unverifiable', 'verified']);
});
