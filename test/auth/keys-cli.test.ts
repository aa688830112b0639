// The `claimledger keys` commands and the first-start admin key, against a real SQLite file.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import t, { type Test } from 'tap';
import { cli as runCliCaptured, openServices } from '../helper.js';

function tempDb(t: Test): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'claimledger-keys-'));
  t.teardown(() => fs.rmSync(dir, { recursive: true, force: true }));
  return path.join(dir, 'test.db');
}

async function cli(args: string[], dbPath: string) {
  return runCliCaptured(args, { DB_PATH: dbPath, LOG_LEVEL: 'silent' });
}

t.test('keys create prints the key alone on stdout; list and revoke work on the same file', async (t) => {
  const db = tempDb(t);
  const created = await cli(['keys', 'create', '--role', 'reader', '--name', 'Newsroom'], db);
  t.equal(created.code, 0);
  t.match(created.stdout, /^clk_[0-9a-z]{26}_[A-Za-z0-9_-]{43}$/, 'stdout is the key and nothing else');
  t.match(created.stderr, /store it now/);

  const services = async () => {
    const opened = await openServices(db);
    t.teardown(opened.close);
    return opened.services;
  };
  const actor = await (await services()).apiKeys.authenticate(created.stdout);
  t.match(actor, { name: 'Newsroom', role: 'reader' }, 'the printed key authenticates');

  const list = await cli(['keys', 'list'], db);
  t.equal(list.code, 0);
  t.match(list.stdout, new RegExp(`^${actor!.id}\\treader\\tactive\\tclk_`, 'm'));
  t.notOk(list.stdout.includes(created.stdout), 'list never prints a key');

  const revoked = await cli(['keys', 'revoke', actor!.id, '--reason', 'rotated'], db);
  t.equal(revoked.code, 0);
  t.equal(await (await services()).apiKeys.authenticate(created.stdout), null, 'a revoked key no longer authenticates');
  t.match((await cli(['keys', 'list'], db)).stdout, /\treader\trevoked /);
  t.equal((await cli(['keys', 'revoke', actor!.id], db)).code, 1, 'revoking twice fails');
});

t.test('keys create refuses bad input with usage help (exit 2)', async (t) => {
  const db = tempDb(t);
  for (const args of [['keys', 'create', '--role', 'owner', '--name', 'x'], ['keys', 'create', '--role', 'reader'], ['keys', 'create', '--role', 'reader', '--name', 'x', '--expires-at', 'yesterday'], ['keys'], ['keys', 'revoke']]) {
    const r = await cli(args, db);
    t.equal(r.code, 2, args.join(' '));
    t.equal(r.stdout, '', 'nothing on stdout');
    t.match(r.stderr, /Usage: claimledger/);
  }
});

t.test('a fresh install creates one admin key; a restart does not create another', async (t) => {
  const db = tempDb(t);
  const open = async () => {
    const { services, close } = await openServices(db);
    return { s: services, close };
  };
  const first = await open();
  const created = await first.s.apiKeys.bootstrapAdmin();
  t.ok(created, 'first start creates a key');
  t.equal((await first.s.apiKeys.authenticate(created!.token))?.role, 'admin');
  await first.close();
  const second = await open();
  t.equal(await second.s.apiKeys.bootstrapAdmin(), null, 'the second start creates none');
  t.equal((await second.s.apiKeys.list({ limit: 100 })).length, 1);
  await second.close();
});
