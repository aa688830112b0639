// The pure verifier: its fast canonical text equals RFC 8785, and each kind of break is named at its seq.
import t from 'tap';
import { canonicalJson } from '../../src/lib/hash.js';
import { GENESIS_HASH, hashEvent, type AuditEvent } from '../../src/services/audit-log.js';
import { canonicalEventText, linkFromLine, linkFromRow, verifyChain, type AuditRow } from '../../src/services/audit-verify.js';

const tricky = ['plain', 'quote " and \\ backslash', 'line\nbreak\ttab', 'unicode é 北 🧾', 'ctrl \u0001\u001f', '</script>'];

function chain(n: number): AuditEvent[] {
  const events: AuditEvent[] = [];
  let prevHash = GENESIS_HASH;
  for (let seq = 1; seq <= n; seq++) {
    const s = tricky[seq % tricky.length]!;
    const body = {
      seq, at: new Date(Date.UTC(2026, 0, 1, 0, 0, seq)).toISOString(), actor: 'key_system', action: 'claim.updated',
      entity: { type: 'claim', id: `clm_${seq}` }, claimId: seq % 2 ? `clm_${seq}` : null,
      changes: { text: { from: s, to: `${s}!` }, quantities: { from: [], to: [{ raw: '1e21', value: 1e21, unit: null, qualifier: null }, { value: 0.1, raw: '-0', unit: 'BTC', qualifier: 'about' }] }, zeta: { from: null, to: { b: 1, a: [true, false] } } },
      reason: seq % 3 ? s : null, prevHash,
    };
    const event = { ...body, hash: hashEvent(body) };
    events.push(event);
    prevHash = event.hash;
  }
  return events;
}

const toRow = (e: AuditEvent): AuditRow => ({
  seq: e.seq, at: e.at, actor_id: e.actor, action: e.action, entity_type: e.entity.type, entity_id: e.entity.id, claim_id: e.claimId,
  changes: canonicalJson(e.changes), reason: e.reason, prev_hash: e.prevHash, hash: e.hash,
});

t.test('the fast canonical text is RFC 8785 canonical JSON', async (t) => {
  for (const e of chain(14)) {
    const { hash, ...body } = e;
    t.equal(canonicalEventText(toRow(e), canonicalJson(e.changes)), canonicalJson(body), `seq ${e.seq} without hash`);
    t.equal(canonicalEventText(toRow(e), canonicalJson(e.changes), hash), canonicalJson(e), `seq ${e.seq} with hash`);
  }
});

t.test('rows and lines of a clean chain verify, with checkpoints', async (t) => {
  const events = chain(20);
  t.same(verifyChain(events.map((e) => linkFromRow(toRow(e))), { checkpoints: [{ size: 0, headHash: GENESIS_HASH }, { size: 7, headHash: events[6]!.hash }, { size: 20, headHash: events[19]!.hash }] }),
    { ok: true, eventsChecked: 20, headSeq: 20, headHash: events[19]!.hash, checkpointsChecked: 3 });
  t.match(verifyChain(events.map((e, i) => linkFromLine(canonicalJson(e), i + 1))), { ok: true, eventsChecked: 20 });
  t.match(verifyChain([]), { ok: true, eventsChecked: 0, headSeq: 0, headHash: GENESIS_HASH }, 'an empty log is intact');
});

t.test('each break is named at the seq where it shows', async (t) => {
  const events = chain(10);
  const rows = () => events.map(toRow);
  const run = (rs: AuditRow[], checkpoints: { size: number; headHash: string }[] = []) => verifyChain(rs.map(linkFromRow), { checkpoints });
  const edited = rows();
  edited[3] = { ...edited[3]!, reason: 'edited' };
  t.match(run(edited), { ok: false, firstBadSeq: 4, problem: 'hash-mismatch', eventsChecked: 3 });
  t.match(run(rows().filter((r) => r.seq !== 6)), { firstBadSeq: 6, problem: 'seq-gap' });
  const dup = rows();
  dup.splice(5, 0, dup[4]!);
  t.match(run(dup), { firstBadSeq: 6, problem: 'seq-out-of-order' });
  const relinked = rows();
  relinked[7] = { ...relinked[7]!, prev_hash: 'f'.repeat(64) };
  t.match(run(relinked), { firstBadSeq: 8, problem: 'broken-link' });
  t.match(run(rows(), [{ size: 5, headHash: 'a'.repeat(64) }]), { firstBadSeq: 5, problem: 'checkpoint-mismatch' });
  t.match(run(rows(), [{ size: 0, headHash: 'a'.repeat(64) }]), { firstBadSeq: 0, problem: 'checkpoint-mismatch' });
  t.match(run(rows().slice(0, 6), [{ size: 9, headHash: events[8]!.hash }]), { firstBadSeq: 7, problem: 'truncated', eventsChecked: 6 });
  t.match(verifyChain([linkFromLine('not json', 1)]), { firstBadSeq: 1, problem: 'malformed' });
  t.match(verifyChain([linkFromLine('{"seq":1}', 1)]), { firstBadSeq: 1, problem: 'malformed' });
});
