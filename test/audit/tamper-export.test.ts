// `claimledger audit verify --export FILE`: the same tampering, done to an NDJSON export, is caught offline
// at the right seq; so is a forged checkpoint. A clean (or merely re-formatted) export passes.
import fs from 'node:fs';
import path from 'node:path';
import t, { type Test } from 'tap';
import { canonicalJson } from '../../src/lib/hash.js';
import { cli, fileApp, populate } from '../audit-helper.js';

/** 21 events with a checkpoint at 21 kept, 8 more, exported through the CLI; returns the lines. */
async function setup(t: Test) {
  const ctx = await fileApp(t);
  await populate(ctx.app.services);
  await populate(ctx.app.services);
  const cpFile = path.join(ctx.dir, 'checkpoint.json');
  const keyFile = path.join(ctx.dir, 'service-public-key.pem');
  const signed = await cli(['audit', 'checkpoint'], ctx.env);
  t.equal(signed.code, 0, 'audit checkpoint');
  fs.writeFileSync(cpFile, signed.stdout);
  fs.writeFileSync(keyFile, JSON.parse(signed.stdout).publicKey);
  await populate(ctx.app.services);
  const exportFile = path.join(ctx.dir, 'audit.ndjson');
  const exported = await cli(['audit', 'export', '--out', exportFile], ctx.env);
  t.equal(exported.code, 0, 'audit export');
  t.match(exported.stderr, /Exported 29 audit events/);
  const lines = fs.readFileSync(exportFile, 'utf8').trimEnd().split('\n');
  const check = async (edit: (lines: string[]) => string[]) => {
    fs.writeFileSync(exportFile, edit([...lines]).join('\n') + '\n');
    return cli(['audit', 'verify', '--export', exportFile, '--checkpoint', cpFile, '--public-key', keyFile], ctx.env);
  };
  return { lines, check, cpFile };
}

async function detected(t: Test, r: { code: number; stdout: string }, seq: number, problem: string) {
  t.equal(r.code, 1, `exit 1 for ${problem}`);
  t.match(r.stdout, `FAIL chain at seq ${seq}: ${problem}`, `${problem} at seq ${seq}`);
}

const edit = (line: string, change: (e: Record<string, unknown>) => void) => {
  const e = JSON.parse(line) as Record<string, unknown>;
  change(e);
  return canonicalJson(e);
};

t.test('export tampering is caught at the right seq', async (t) => {
  const { lines, check } = await setup(t);
  t.equal(lines.length, 29);

  const clean = await check((l) => l);
  t.equal(clean.code, 0, clean.stdout);
  t.match(clean.stdout, /chain: 29 events.*\n.*extends 1 signed checkpoint/);

  const reformatted = await check((l) => l.map((line) => JSON.stringify(JSON.parse(line), null, 0).replace('{"seq"', '{ "seq"')));
  t.equal(reformatted.code, 0, 'a faithful but non-canonical line is re-canonicalised, not flagged');

  await detected(t, await check((l) => { l[9] = edit(l[9]!, (e) => { e.reason = 'Nothing to see.'; }); return l; }), 10, 'hash-mismatch');
  await detected(t, await check((l) => { l[9] = edit(l[9]!, (e) => { (e.changes as Record<string, unknown>).injected = { from: null, to: 1 }; }); return l; }), 10, 'hash-mismatch');
  await detected(t, await check((l) => { l.splice(11, 1); return l; }), 12, 'seq-gap');
  await detected(t, await check((l) => { l.splice(8, 0, l[7]!); return l; }), 9, 'seq-out-of-order');
  await detected(t, await check((l) => { [l[14], l[15]] = [l[15]!, l[14]!]; return l; }), 15, 'seq-gap');
  await detected(t, await check((l) => { l[4] = '{"seq": 5, truncated'; return l; }), 5, 'malformed');
  await detected(t, await check((l) => l.slice(0, 18)), 19, 'truncated');
});

t.test('a forged checkpoint is caught against an export', async (t) => {
  const { check, cpFile } = await setup(t);
  const signed = JSON.parse(fs.readFileSync(cpFile, 'utf8'));
  fs.writeFileSync(cpFile, JSON.stringify({ ...signed, checkpoint: { ...signed.checkpoint, size: signed.checkpoint.size - 1 } }));
  const r = await check((l) => l);
  t.equal(r.code, 1);
  t.match(r.stdout, /FAIL checkpoint .*\(size 20, .*bad-signature/);
});
