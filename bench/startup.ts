// Start-up benchmark: time from spawning `npm start` (the built server, after a build that is current)
// to its first 200 on GET /health, against the same for a bare Fastify server answering /health in the
// same run. Each is started RUNS times on a fresh port; medians are reported, and their ratio.
//   node --import tsx bench/startup.ts      (npm run bench runs it with the others)
import { execFileSync, spawn } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.join(path.dirname(fileURLToPath(import.meta.url)), '..');
const RUNS = Number(process.env.BENCH_STARTUP_RUNS ?? 5);

async function freePort(): Promise<number> {
  const server = net.createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as net.AddressInfo;
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return port;
}

/** Spawns the command and polls /health every 5 ms (for at most 60 s) until it answers 200. */
async function timeToFirstAnswer(command: string, args: string[], env: NodeJS.ProcessEnv): Promise<number> {
  const port = await freePort();
  const started = performance.now();
  const child = spawn(command, args, { cwd: root, env: { ...process.env, ...env, PORT: String(port), HOST: '127.0.0.1' }, stdio: 'ignore', detached: true });
  try {
    while (performance.now() - started < 60_000) {
      const ok = await fetch(`http://127.0.0.1:${port}/health`).then((r) => r.status === 200, () => false);
      if (ok) return performance.now() - started;
      await new Promise((r) => setTimeout(r, 5));
    }
    throw new Error(`${command} ${args.join(' ')} did not answer in 60 s`);
  } finally {
    // npm start runs node under npm: end the whole process group that was started here.
    process.kill(-child.pid!, 'SIGTERM');
    await new Promise((r) => child.once('exit', r));
  }
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

// A build that is current, as after `npm ci` and one start: npm start must not compile again.
execFileSync(process.execPath, [path.join(root, 'node_modules/typescript/bin/tsc'), '-p', 'tsconfig.json'], { cwd: root, stdio: 'inherit' });
const built = fs.statSync(path.join(root, 'dist/cli.js')).mtimeMs;
const bare = path.join(os.tmpdir(), `claimledger-bare-${process.pid}.mjs`);
fs.writeFileSync(
  bare,
  `import Fastify from ${JSON.stringify(path.join(root, 'node_modules/fastify/fastify.js'))};
const app = Fastify();
app.get('/health', async () => ({ status: 'ok', db: 'ok' }));
await app.listen({ port: Number(process.env.PORT), host: '127.0.0.1' });\n`,
);

const ours: number[] = [];
const baseline: number[] = [];
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'claimledger-startup-'));
try {
  for (let i = 0; i < RUNS; i++) {
    baseline.push(await timeToFirstAnswer(process.execPath, [bare], {}));
    // A database that exists and is migrated and seeded, as on every start after the first.
    ours.push(await timeToFirstAnswer('npm', ['start', '--silent'], { DB_PATH: path.join(dir, 'claimledger.db'), LOG_LEVEL: 'warn' }));
  }
} finally {
  fs.rmSync(dir, { recursive: true, force: true });
  fs.rmSync(bare, { force: true });
}
// npm start must have used the build as it was, not compiled again.
if (fs.statSync(path.join(root, 'dist/cli.js')).mtimeMs !== built) throw new Error('npm start rebuilt a current build');
const m = median(ours);
const b = median(baseline);
console.log(`start-up to first answer (median of ${RUNS}): npm start ${m.toFixed(0)} ms; bare Fastify ${b.toFixed(0)} ms; ratio ${(m / b).toFixed(2)}`);
console.log(`  npm start runs:    ${ours.map((x) => x.toFixed(0)).join(', ')} ms (the first also migrates and seeds the new database)`);
console.log('  dist/ was not rebuilt by any npm start');
console.log(`  bare Fastify runs: ${baseline.map((x) => x.toFixed(0)).join(', ')} ms`);
