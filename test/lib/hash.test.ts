// canonicalJson's fast path writes exactly what the canonicalize package writes (RFC 8785), or defers to it,
// so that every hash in the audit chain is unchanged; the bulk append hashes exactly as hashEvent does.
import fc from 'fast-check';
import t from 'tap';
import { canonicalJson, canonicalJsonReference } from '../../src/lib/hash.js';
import { appendAuditEvents, GENESIS_HASH, hashEvent, type NewAuditEvent } from '../../src/services/audit-log.js';
import type { AuditRepository, AuditRow } from '../../src/repositories/types.js';

/** The text, or the error's class and message, of a serialisation. */
function outcome(f: () => string | undefined): string {
  try {
    const out = f();
    return out === undefined ? 'undefined' : `ok ${out}`;
  } catch (err) {
    return `throws ${(err as Error).message}`;
  }
}

const same = (v: unknown) => {
  const expected = outcome(() => canonicalJsonReference(v));
  // canonicalJson throws where the package returns undefined (a function, a symbol, undefined at the top).
  return outcome(() => canonicalJson(v)) === (expected === 'undefined' ? 'throws value cannot be canonicalised' : expected);
};

// Characters that need escaping, surrogate halves and pairs, non-ASCII: the cases the fast path tells apart.
const edgy = fc.string({ unit: fc.constantFrom('a', 'Z', '"', '\\', '\n', '\t', '\u0000', '\u001f', '\u007f', '\ud800', '\udbff', '\udc00', '\udfff', '🧾', 'é', '北', '\u2028', '/') });
const key = fc.oneof(edgy, fc.constantFrom('a', 'b', 'B', 'aa', '', '10', '2', 'é', '🧾', 'ﬀ', '__proto__x'));
const leaf = fc.oneof(
  edgy,
  fc.string({ unit: 'binary' }),
  fc.double(),
  fc.integer(),
  fc.constantFrom(0, -0, 1e21, 1e-7, 0.1, Number.MAX_SAFE_INTEGER, Number.MIN_VALUE, NaN, Infinity, -Infinity, true, false, null, undefined),
);
const value = fc.letrec<{ v: unknown }>((tie) => ({
  v: fc.oneof(
    { depthSize: 'small' },
    leaf,
    fc.array(tie('v'), { maxLength: 5 }),
    fc.dictionary(key, tie('v'), { maxKeys: 6 }),
  ),
})).v;

t.test('the fast path equals the canonicalize package on generated values', async (t) => {
  fc.assert(fc.property(value, same), { numRuns: 20_000 });
  fc.assert(fc.property(fc.jsonValue(), same), { numRuns: 5_000 });
  fc.assert(fc.property(fc.anything({ withBoxedValues: true, withDate: true, withMap: true, withSet: true, withSparseArray: true, withTypedArray: true, withNullPrototype: true }), same), { numRuns: 5_000 });
  t.pass('no counterexample');
});

t.test('and on the values it hands over or refuses', async (t) => {
  const circular: Record<string, unknown> = { a: 1 };
  circular.self = circular;
  let deep: unknown = 'bottom';
  for (let i = 0; i < 200; i++) deep = [deep, { k: deep }].slice(0, 1);
  const cases: unknown[] = [
    undefined, () => 1, Symbol('s'), 10n, NaN, -Infinity, '\ud800', 'a\udc00b', '🧾', { '\ud800': 1 }, { a: undefined, b: Symbol('x'), c: () => 1 },
    [undefined, Symbol('x')], [, 1], [() => 1], new Date(0), { toJSON: () => ({ z: 1, a: [2] }) }, { nested: { toJSON: () => undefined } },
    circular, deep, Object.create(null), new Map([[1, 2]]), new Uint8Array([1, 2]), Object.assign([1, 2], { extra: 3 }),
  ];
  for (const [i, v] of cases.entries()) t.ok(same(v), `case ${i}: ${outcome(() => canonicalJsonReference(v)).slice(0, 60)}`);
});

t.test('bulk appends hash each event exactly as hashEvent does, or refuse it as hashEvent does', async (t) => {
  const rows: AuditRow[] = [];
  const repo = { head: async () => rows.at(-1) && { seq: rows.at(-1)!.seq, hash: rows.at(-1)!.hash }, insert: async (r: AuditRow) => { rows.push(r); } } as unknown as AuditRepository;
  // Mostly events that can be hashed (escapes, astral characters), some that cannot (lone surrogates, NaN).
  const str = fc.oneof({ weight: 30, arbitrary: fc.string({ unit: fc.constantFrom('a', '"', '\\', '\n', '\u0001', '🧾', 'é') }) }, { weight: 1, arbitrary: edgy });
  const val = fc.oneof({ weight: 30, arbitrary: fc.jsonValue() }, { weight: 1, arbitrary: value });
  const events = fc.sample(fc.record({
    actorId: str, action: fc.constantFrom('claim.created', 'claim.updated'), at: fc.constantFrom('2026-01-01T00:00:00.000Z'),
    entity: fc.record({ type: fc.constantFrom('claim' as const, 'source' as const), id: str }),
    claimId: fc.option(str), changes: fc.dictionary(key, fc.record({ from: val, to: val }), { maxKeys: 4 }), reason: fc.option(str),
  }), { numRuns: 3_000, seed: 8785 }) as NewAuditEvent[];
  let appended = 0;
  let refused = 0;
  for (const e of events) {
    const head = rows.at(-1);
    const body = {
      seq: (head?.seq ?? 0) + 1, at: e.at, actor: e.actorId, action: e.action, entity: e.entity, claimId: e.claimId ?? null, changes: e.changes,
      reason: e.reason ?? null, prevHash: head?.hash ?? GENESIS_HASH,
    };
    const expected = outcome(() => hashEvent(body));
    // Refused either way; with several bad values, which one the message names may differ (changes come first now).
    const got = await appendAuditEvents(repo, [e]).then((out) => `ok ${out[0]!.hash}`, () => 'throws');
    const want = expected.startsWith('throws') ? 'throws' : expected;
    t.equal(got, want, `event ${body.seq}`, { diagnostic: got !== want });
    if (got.startsWith('ok')) {
      appended++;
      t.equal(rows.at(-1)!.hash, got.slice(3));
      t.equal(rows.at(-1)!.changes, canonicalJson(e.changes));
    } else refused++;
  }
  t.ok(appended > 1000 && refused > 50, `${appended} appended, ${refused} refused`);
});
