// Model-based test: fast-check command sequences (create, add evidence, retract, change status, edit,
// re-open, stale writes) run against the service and against a small in-memory model of the workflow
// rules written here from the README, independently of src/domain/workflow.ts. They never disagree.
import fc from 'fast-check';
import t from 'tap';
import type { Role } from '../../src/db/schema.js';
import { build, createSource, SNAPSHOT, type TestContext } from '../helper.js';

const RUNS = Number(process.env.MODEL_RUNS ?? 80);
const SEED = Number(process.env.MODEL_SEED ?? 20261203);

type Status = 'unverified' | 'in_review' | 'verified' | 'false' | 'misleading' | 'unverifiable';
type Stance = 'supports' | 'contradicts' | 'context';
const VERDICTS: Status[] = ['verified', 'false', 'misleading', 'unverifiable'];
const QUOTES = ['harvested more than 11,000 bitcoins in 2017', 'North Korea’s efforts of mining Bitcoin', null] as const;

interface ModelClaim {
  id: string;
  status: Status;
  version: number;
  text: string;
  evidence: Array<{ id: string; stance: Stance; quote: string | null; active: boolean }>;
}
interface Model {
  claims: ModelClaim[];
}
interface Real {
  ctx: TestContext;
  sourceId: string;
}

const isVerdict = (s: Status) => VERDICTS.includes(s);
const canWrite = (role: Role) => role === 'checker' || role === 'reviewer' || role === 'admin';
const canReview = (role: Role) => role === 'reviewer' || role === 'admin';
const active = (c: ModelClaim) => c.evidence.filter((e) => e.active).map((e) => e.stance);

/** What a verdict needs among active evidence, per the README. */
function verdictSatisfied(status: Status, stances: Stance[]): boolean {
  if (status === 'verified') return stances.includes('supports');
  if (status === 'false') return stances.includes('contradicts');
  if (status === 'misleading') return stances.length > 0;
  return true;
}

/** The status code the model expects for a status change. */
function expectedTransition(c: ModelClaim, to: Status, role: Role, rationale: boolean): number {
  if (!canWrite(role)) return 403;
  if (to === c.status) return 409;
  if (to === 'unverified') return 409;
  if (to === 'in_review') {
    if (c.status === 'unverified') return 200;
    if (!canReview(role)) return 403;
    return rationale ? 200 : 409;
  }
  if (!canReview(role)) return 403;
  if (c.status !== 'in_review') return 409;
  if (!rationale) return 409;
  return verdictSatisfied(to, active(c)) ? 200 : 409;
}

/** What the sequences reached, so the test shows it exercised the interesting rules. */
const reached = { verdicts: 0, reopened: 0, autoReopened: 0, locked: 0, refusedTransitions: 0 };

const auth = (r: Real, role: Role, extra: Record<string, string> = {}) => r.ctx.auth(role, extra);

function check(ok: boolean, message: string): void {
  if (!ok) throw new Error(message);
}

/** After each command: the claim as the API shows it equals the model. */
async function agree(m: ModelClaim, r: Real): Promise<void> {
  const res = await r.ctx.app.inject({ method: 'GET', url: `/v1/claims/${m.id}`, headers: auth(r, 'reader') });
  const c = res.json();
  check(c.status === m.status, `claim ${m.id}: status ${c.status}, model ${m.status}`);
  check(c.version === m.version, `claim ${m.id}: version ${c.version}, model ${m.version}`);
  check(c.text === m.text, `claim ${m.id}: text differs`);
  const activeIds = c.evidence.filter((e: { retractedAt: string | null }) => !e.retractedAt).map((e: { id: string }) => e.id).sort();
  check(JSON.stringify(activeIds) === JSON.stringify(m.evidence.filter((e) => e.active).map((e) => e.id).sort()), `claim ${m.id}: active evidence differs`);
}

class CreateClaim implements fc.AsyncCommand<Model, Real> {
  constructor(readonly text: string) {}
  check = () => true;
  async run(m: Model, r: Real) {
    const res = await r.ctx.app.inject({ method: 'POST', url: '/v1/claims', headers: auth(r, 'checker'), payload: { text: this.text } });
    check(res.statusCode === 201, `create: ${res.statusCode} ${res.body}`);
    const c: ModelClaim = { id: res.json().id, status: 'unverified', version: 1, text: this.text, evidence: [] };
    m.claims.push(c);
    await agree(c, r);
  }
  toString = () => `CreateClaim(${JSON.stringify(this.text)})`;
}

class AddEvidence implements fc.AsyncCommand<Model, Real> {
  constructor(readonly claim: number, readonly stance: Stance, readonly quote: number, readonly role: Role) {}
  check = (m: Readonly<Model>) => m.claims.length > 0;
  async run(m: Model, r: Real) {
    const c = m.claims[this.claim % m.claims.length]!;
    const quote = QUOTES[this.quote % QUOTES.length]!;
    const res = await r.ctx.app.inject({ method: 'POST', url: `/v1/claims/${c.id}/evidence`, headers: auth(r, this.role, { 'if-match': `"${c.version}"` }), payload: { sourceId: r.sourceId, stance: this.stance, ...(quote ? { quote } : {}) } });
    const duplicate = c.evidence.some((e) => e.active && e.stance === this.stance && e.quote === quote);
    // Roles are checked first (authorisation), then the body (supports/contradicts need a quote), then the rules.
    const expected = !canWrite(this.role) ? 403 : this.stance !== 'context' && !quote ? 400 : duplicate ? 409 : 201;
    check(res.statusCode === expected, `${this}: ${res.statusCode}, model ${expected}: ${res.body}`);
    if (expected === 201) {
      c.evidence.push({ id: res.json().id, stance: this.stance, quote, active: true });
      c.version++;
    }
    await agree(c, r);
  }
  toString = () => `AddEvidence(${this.claim}, ${this.stance}, ${this.quote}, ${this.role})`;
}

class Retract implements fc.AsyncCommand<Model, Real> {
  constructor(readonly claim: number, readonly evidence: number, readonly role: Role) {}
  check = (m: Readonly<Model>) => m.claims.some((c) => c.evidence.length > 0);
  async run(m: Model, r: Real) {
    // Mostly a claim with a verdict, when there is one: that is where a retraction can re-open it.
    const withEvidence = m.claims.filter((c) => c.evidence.length > 0);
    const judged = withEvidence.filter((c) => isVerdict(c.status));
    const pool = judged.length && this.claim % 4 !== 0 ? judged : withEvidence;
    const c = pool[this.claim % pool.length]!;
    const e = c.evidence[this.evidence % c.evidence.length]!;
    const res = await r.ctx.app.inject({ method: 'POST', url: `/v1/claims/${c.id}/evidence/${e.id}/retract`, headers: auth(r, this.role, { 'if-match': `"${c.version}"` }), payload: { reason: 'Model retraction.' } });
    const expected = !canWrite(this.role) ? 403 : e.active ? 200 : 409;
    check(res.statusCode === expected, `${this}: ${res.statusCode}, model ${expected}: ${res.body}`);
    if (expected === 200) {
      e.active = false;
      c.version++;
      if (isVerdict(c.status) && !verdictSatisfied(c.status, active(c))) {
        c.status = 'in_review'; // the verdict lost its evidence: back to review, one more version
        c.version++;
        reached.autoReopened++;
      }
    }
    await agree(c, r);
  }
  toString = () => `Retract(${this.claim}, ${this.evidence}, ${this.role})`;
}

class ChangeStatus implements fc.AsyncCommand<Model, Real> {
  constructor(readonly claim: number, readonly to: Status, readonly role: Role, readonly rationale: boolean) {}
  check = (m: Readonly<Model>) => m.claims.length > 0;
  async run(m: Model, r: Real) {
    const c = m.claims[this.claim % m.claims.length]!;
    const res = await r.ctx.app.inject({
      method: 'POST', url: `/v1/claims/${c.id}/status`, headers: auth(r, this.role, { 'if-match': `"${c.version}"` }),
      payload: this.rationale ? { status: this.to, rationale: 'Model rationale.' } : { status: this.to },
    });
    const expected = expectedTransition(c, this.to, this.role, this.rationale);
    check(res.statusCode === expected, `${this} from ${c.status}: ${res.statusCode}, model ${expected}: ${res.body}`);
    if (expected === 200) {
      if (isVerdict(this.to)) reached.verdicts++;
      if (isVerdict(c.status)) reached.reopened++;
      c.status = this.to;
      c.version++;
    } else reached.refusedTransitions++;
    await agree(c, r);
  }
  toString = () => `ChangeStatus(${this.claim}, ${this.to}, ${this.role}, rationale=${this.rationale})`;
}

class EditText implements fc.AsyncCommand<Model, Real> {
  constructor(readonly claim: number, readonly text: string, readonly stale: boolean) {}
  check = (m: Readonly<Model>) => m.claims.length > 0;
  async run(m: Model, r: Real) {
    const c = m.claims[this.claim % m.claims.length]!;
    const ifMatch = `"${this.stale ? c.version - 1 : c.version}"`;
    const res = await r.ctx.app.inject({ method: 'PATCH', url: `/v1/claims/${c.id}`, headers: auth(r, 'checker', { 'if-match': ifMatch }), payload: { text: this.text } });
    const changes = this.text !== c.text;
    const expected = this.stale ? 412 : changes && isVerdict(c.status) ? 409 : 200;
    check(res.statusCode === expected, `${this} on ${c.status} v${c.version}: ${res.statusCode}, model ${expected}: ${res.body}`);
    if (expected === 409) reached.locked++;
    if (expected === 200 && changes) {
      c.text = this.text;
      c.version++;
    }
    await agree(c, r);
  }
  toString = () => `EditText(${this.claim}, ${JSON.stringify(this.text)}, stale=${this.stale})`;
}

// Biased towards the paths that matter: few claims, mostly reviewers, rationales and quotes present.
const role = fc.constantFrom<Role>('reader', 'checker', 'reviewer', 'reviewer', 'reviewer', 'admin', 'auditor');
const status = fc.constantFrom<Status>('unverified', 'in_review', 'in_review', 'in_review', 'verified', 'verified', 'false', 'misleading', 'unverifiable');
const stance = fc.constantFrom<Stance>('supports', 'contradicts', 'context');
const text = fc.constantFrom('North Korea harvested 11,000 bitcoins.', 'Hackers stole 40% of Youbit.', 'A claim with no numbers.');
const claimIndex = fc.nat({ max: 2 });

const commands = [
  text.map((x) => new CreateClaim(x)),
  fc.tuple(claimIndex, stance, fc.nat({ max: 3 }), role).map(([c, s, q, r]) => new AddEvidence(c, s, q === 3 ? 2 : q % 2, r)),
  fc.tuple(fc.nat({ max: 7 }), fc.nat(), role).map(([c, e, r]) => new Retract(c, e, r)),
  fc.tuple(claimIndex, status, role, fc.nat({ max: 4 })).map(([c, s, r, why]) => new ChangeStatus(c, s, r, why > 0)),
  fc.tuple(claimIndex, text, fc.nat({ max: 4 })).map(([c, x, stale]) => new EditText(c, x, stale === 0)),
];

t.test(`the service and the workflow model never disagree (seed ${SEED}, ${RUNS} sequences)`, async (t) => {
  let sequences = 0;
  let steps = 0;
  await fc.assert(
    fc.asyncProperty(fc.commands(commands, { maxCommands: 60, size: '+1' }), async (cmds) => {
      sequences++;
      steps += [...cmds].length;
      const ctx = await build(t);
      try {
        const source = await createSource(ctx, { content: SNAPSHOT });
        await fc.asyncModelRun(() => ({ model: { claims: [] }, real: { ctx, sourceId: source.id } }), cmds);
      } finally {
        // One app at a time, not all of them until the test ends (on PostgreSQL, each holds a database).
        await ctx.close();
      }
    }),
    { numRuns: RUNS, seed: SEED },
  );
  t.pass(`${sequences} command sequences, ${steps} commands: no disagreement`);
  t.comment(`reached: ${JSON.stringify(reached)}`);
  for (const [what, n] of Object.entries(reached)) t.ok(n > 0, `the sequences reached ${what} (${n})`);
});
