// `claimledger backup` and `restore` against a real server process taking writes: 20 backups while a
// writer runs each pass integrity_check and audit verify; restore refuses a damaged file, a file whose
// chain does not verify, and a database a server has open.
import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import t from 'tap';
import { cli } from '../helper.js';
import { request, startServerProcess } from '../server-process.js';

const BACKUPS = 20;

t.test('20 backups while a writer runs are each consistent; restore checks before it replaces', async (t) => {
  const dir = t.testdir();
  const dbPath = path.join(dir, 'live.db');
  const env = { DB_PATH: dbPath, LOG_LEVEL: 'silent' };
  // The overload guard is off: on a loaded shared machine it answered the bulk writes with 503 (load shedding).
  const server = await startServerProcess({ DB_PATH: dbPath, MAX_EVENT_LOOP_DELAY_MS: '0' });
  t.teardown(() => server.child.kill('SIGKILL'));
  const auth = { authorization: `Bearer ${server.adminKey}` };

  // Some bulk first (about 8 MB of snapshots), so a backup takes several steps and writes restart it.
  const content = 'North Korea harvested more than 11,000 bitcoins in 2017. '.repeat(2000);
  for (let i = 0; i < 70; i++) {
    const res = await request(server.port, 'POST', '/v1/sources', { headers: auth, body: { title: `Bulk ${i}`, kind: 'news', url: `https://example.com/bulk/${i}`, content } });
    if (res.status !== 201) throw new Error(`bulk source ${i}: ${res.status} ${res.body}`);
  }

  let writing = true;
  let written = 0;
  const writer = (async () => {
    while (writing) {
      const res = await request(server.port, 'POST', '/v1/claims', { headers: auth, body: { text: `Claim ${written} written during backups.` } });
      if (res.status !== 201) throw new Error(`writer: ${res.status} ${res.body}`);
      written++;
    }
  })();

  const counts: number[] = [];
  for (let i = 0; i < BACKUPS; i++) {
    const file = path.join(dir, `backup-${i}.db`);
    const made = await cli(['backup', file], env);
    if (made.code !== 0) t.fail(`backup ${i}: ${made.stderr}`);
    const db = new Database(file, { readonly: true });
    const integrity = db.pragma('integrity_check', { simple: true });
    counts.push((db.prepare('SELECT count(*) AS n FROM claims').get() as { n: number }).n);
    db.close();
    const verified = await cli(['audit', 'verify', '--db', file], env);
    if (integrity !== 'ok' || verified.code !== 0) t.fail(`backup ${i}: integrity ${integrity}, audit verify ${verified.code}: ${verified.stdout}`);
  }
  writing = false;
  await writer;
  t.pass(`${BACKUPS} backups taken while ${written} claims were written: each passed integrity_check and audit verify`);
  t.ok(counts.at(-1)! > counts[0]!, `the backups follow the writes (${counts[0]} → ${counts.at(-1)} claims)`);
  t.ok(fs.readdirSync(dir).every((f) => !f.endsWith('.partial')), 'no partial file is left behind');

  const again = await cli(['backup', path.join(dir, 'backup-0.db')], env);
  t.equal(again.code, 1, 'a backup never overwrites a file');

  // A damaged copy: bytes overwritten in the middle of the file.
  const damaged = path.join(dir, 'damaged.db');
  fs.copyFileSync(path.join(dir, 'backup-3.db'), damaged);
  const fd = fs.openSync(damaged, 'r+');
  const size = fs.fstatSync(fd).size;
  for (let at = 4096 * 3; at < size; at += 4096 * 7) fs.writeSync(fd, Buffer.alloc(512, 0x5a), 0, 512, at + 100);
  fs.closeSync(fd);
  // A tampered copy: integrity is fine, but an audit event was rewritten.
  const tampered = path.join(dir, 'tampered.db');
  fs.copyFileSync(path.join(dir, 'backup-4.db'), tampered);
  const tdb = new Database(tampered);
  tdb.exec('DROP TRIGGER IF EXISTS audit_events_no_update');
  tdb.prepare("UPDATE audit_events SET actor_id = 'key_00000000000000000000000000' WHERE seq = 2").run();
  tdb.close();

  const liveBefore = fs.statSync(dbPath).mtimeMs;
  const damagedRes = await cli(['restore', damaged], env);
  t.equal(damagedRes.code, 1);
  t.match(damagedRes.stderr, /refusing to restore .*(integrity_check|cannot be read)/);
  const tamperedRes = await cli(['restore', tampered], env);
  t.equal(tamperedRes.code, 1);
  t.match(tamperedRes.stderr, /refusing to restore .*audit chain broken at seq 2/);
  const busy = await cli(['restore', path.join(dir, 'backup-5.db')], env);
  t.equal(busy.code, 1, 'a database the server has open is never replaced');
  t.match(busy.stderr, /open in another process/);
  t.equal(fs.statSync(dbPath).mtimeMs >= liveBefore, true);
  const stillServing = await request(server.port, 'GET', '/v1/claims?limit=1', { headers: auth });
  t.equal(stillServing.status, 200, 'the server kept its database');

  server.child.kill('SIGTERM');
  t.equal((await server.exited).code, 0);
  const restored = await cli(['restore', path.join(dir, 'backup-5.db')], env);
  t.equal(restored.code, 0, restored.stderr);
  t.match(restored.stderr, /The previous database was kept as .*before-restore/);
  const db = new Database(dbPath, { readonly: true });
  t.equal((db.prepare('SELECT count(*) AS n FROM claims').get() as { n: number }).n, counts[5], 'the restored database is the backup');
  db.close();
  const verified = await cli(['audit', 'verify'], env);
  t.equal(verified.code, 0, 'and its audit chain verifies');
});
