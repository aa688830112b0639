// The committed OpenAPI document passes the two linters newsroom developers reach for, with no error and no
// warning: Redocly CLI (recommended ruleset, redocly.yaml) and Spectral (spectral:oas, .spectral.yaml).
// Rules turned off are listed, with the reason, in those two files.
import { execFile } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import t from 'tap';

const run = promisify(execFile);
const root = fileURLToPath(new URL('../..', import.meta.url));
const bin = (name: string) => fileURLToPath(new URL(`../../node_modules/.bin/${name}`, import.meta.url));
// No telemetry or update check: tests talk to nothing outside this machine.
const env = { ...process.env, REDOCLY_TELEMETRY: 'off', REDOCLY_SUPPRESS_UPDATE_NOTICE: 'true', NO_UPDATE_NOTIFIER: '1' };

/** Runs a linter that exits non-zero on findings; its JSON report is on stdout either way. */
async function report(cmd: string, args: string[]): Promise<string> {
  try {
    return (await run(cmd, args, { cwd: root, env, maxBuffer: 64 * 1024 * 1024 })).stdout;
  } catch (err) {
    const stdout = (err as { stdout?: string }).stdout;
    if (stdout) return stdout;
    throw err;
  }
}

t.test('redocly lint (recommended): 0 errors, 0 warnings', async (t) => {
  const out = JSON.parse(await report(bin('redocly'), ['lint', '--format=json'])) as {
    totals: { errors: number; warnings: number };
    problems: Array<{ ruleId: string; message: string; location?: Array<{ pointer?: string }> }>;
  };
  t.same(
    out.problems.map((p) => `${p.ruleId}: ${p.message} at ${p.location?.[0]?.pointer ?? '?'}`),
    [],
    'no problems',
  );
  t.equal(out.totals.errors, 0, 'no errors');
});

t.test('spectral lint (spectral:oas): 0 errors, 0 warnings', async (t) => {
  const out = JSON.parse(await report(bin('spectral'), ['lint', '--ruleset', '.spectral.yaml', '--format', 'json', '--quiet', 'openapi/openapi.json'])) as Array<{
    code: string;
    message: string;
    severity: number;
    path: string[];
  }>;
  t.same(out.map((p) => `${p.code}: ${p.message} at ${p.path.join('.')}`), [], 'no findings');
  t.equal(out.filter((p) => p.severity === 0).length, 0, 'no errors');
});
