// The `claimledger audit` commands: export to stdout or a file, checkpoints signed with the server's key,
// usage errors, and a checkpoint carried from the API to the offline verifier.
import fs from 'node:fs';
import path from 'node:path';
import t from 'tap';
import { checkCheckpointSignature } from '../../src/services/audit-verify.js';
import { cli, fileApp, populate } from '../audit-helper.js';

t.test('export to stdout equals the API export; checkpoints match the server key', async (t) => {
  const ctx = await fileApp(t);
  await populate(ctx.app.services);
  const api = await ctx.app.inject({ url: '/v1/audit/export', headers: ctx.auth('auditor') });
  const stdout = await cli(['audit', 'export'], ctx.env);
  t.equal(stdout.code, 0);
  t.equal(`${stdout.stdout}\n`, api.body, 'the CLI and the API export the same bytes');

  const fromCli = await cli(['audit', 'checkpoint'], ctx.env);
  const fromApi = (await ctx.app.inject({ url: '/v1/audit/checkpoint', headers: ctx.auth('auditor') })).json();
  const signed = JSON.parse(fromCli.stdout);
  t.same(signed.checkpoint, fromApi.checkpoint);
  t.equal(signed.keyId, fromApi.keyId, 'one signing key, generated on first start beside the database');
  t.equal(checkCheckpointSignature(signed, fromApi.publicKey), null);
  t.ok(fs.existsSync(ctx.keyPath));
  t.equal(fs.statSync(ctx.keyPath).mode & 0o077, 0, 'the private key is readable by its owner only');
});

t.test('a checkpoint saved from the API is accepted offline until the log is damaged', async (t) => {
  const ctx = await fileApp(t);
  await populate(ctx.app.services);
  const cpFile = path.join(ctx.dir, 'cp.json');
  fs.writeFileSync(cpFile, (await ctx.app.inject({ url: '/v1/audit/checkpoint', headers: ctx.auth('auditor') })).body);
  await populate(ctx.app.services);
  const ok = await cli(['audit', 'verify', '--checkpoint', cpFile], ctx.env);
  t.equal(ok.code, 0, ok.stdout);
  t.match(ok.stdout, /no --public-key/, 'says what an unpinned signature proves');
});

t.test('usage errors exit 2; missing files exit 1', async (t) => {
  const ctx = await fileApp(t);
  for (const args of [['audit'], ['audit', 'sign'], ['audit', 'verify', '--db', 'a', '--export', 'b'], ['audit', 'verify', '--bogus'], ['audit', 'verify', '--checkpoint', path.join(ctx.dir, 'none.json')]]) {
    const r = await cli(args, ctx.env);
    t.equal(r.code, 2, args.join(' '));
    t.match(r.stderr, /Usage: claimledger/);
  }
  const missing = await cli(['audit', 'verify', '--export', path.join(ctx.dir, 'none.ndjson')], ctx.env);
  t.equal(missing.code, 1);
  t.match(missing.stderr, /no export file/);
  t.equal((await cli(['audit', 'export', '--db', path.join(ctx.dir, 'none.db')], ctx.env)).code, 1);
  const badKey = await cli(['audit', 'checkpoint'], { ...ctx.env, AUDIT_SIGNING_KEY: path.join(ctx.dir, 'elsewhere.pem') });
  t.equal(badKey.code, 1);
  t.match(badKey.stderr, /AUDIT_SIGNING_KEY: .* does not exist/, 'a configured key that is missing is an error, not a new key');
});
