// The README's newsroom script, exactly as printed there: type-checked against openapi/schema.d.ts and run
// against a live server on the seed data. What it prints must be what the API holds.
import { execFile } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import t from 'tap';
import { startSeededServer } from './server.js';

const run = promisify(execFile);
const root = fileURLToPath(new URL('../..', import.meta.url));
const readme = fs.readFileSync(path.join(root, 'README.md'), 'utf8');

/** The first ```ts block after the given heading. */
function codeBlockAfter(heading: string): string {
  const section = readme.slice(readme.indexOf(heading));
  const match = /```ts\n([\s\S]*?)```/.exec(section);
  if (!readme.includes(heading) || !match) throw new Error(`README has no ts block under "${heading}"`);
  return match[1]!;
}

const script = codeBlockAfter('## A newsroom script (typed client)');
// Inside the repository, so `openapi-fetch` resolves from node_modules as it would in a newsroom project.
const dir = fs.mkdtempSync(path.join(root, '.readme-client-'));
t.teardown(() => fs.rmSync(dir, { recursive: true, force: true }));
fs.writeFileSync(path.join(dir, 'newsroom.mts'), script);
fs.copyFileSync(path.join(root, 'openapi', 'schema.d.ts'), path.join(dir, 'schema.d.ts'));

t.test('the script type-checks against the generated types', async (t) => {
  const tsc = path.join(root, 'node_modules', 'typescript', 'bin', 'tsc');
  const args = ['--noEmit', '--strict', '--target', 'es2022', '--module', 'nodenext', '--moduleResolution', 'nodenext', '--skipLibCheck', '--types', 'node', path.join(dir, 'newsroom.mts')];
  const result = await run(process.execPath, [tsc, ...args], { cwd: root }).then(
    () => '',
    (err: { stdout?: string }) => err.stdout ?? String(err),
  );
  t.equal(result, '', 'tsc reports nothing');
});

t.test('the script finds a verdict and its ClaimReview on the seed data', async (t) => {
  const { base, keys } = await startSeededServer(t);
  const { stdout } = await run(process.execPath, ['--import', 'tsx', path.join(dir, 'newsroom.mts')], {
    cwd: root,
    env: { ...process.env, CLAIMLEDGER_URL: base, CLAIMLEDGER_KEY: keys.reader },
  });
  const [verdict, why, jsonLd] = stdout.trimEnd().split('\n');

  const auth = { authorization: `Bearer ${keys.reader}` };
  const search = (await (await fetch(`${base}/v1/claims:search?query=${encodeURIComponent('Lazarus Sony Pictures 2014')}`, { headers: auth })).json()) as { claims: Array<{ id: string }> };
  const id = search.claims[0]!.id;
  const claim = (await (await fetch(`${base}/v1/claims/${id}`, { headers: auth })).json()) as { status: string; text: string; statusRationale: string; evidence: unknown[] };
  const review = await (await fetch(`${base}/v1/claims/${id}/claim-review`, { headers: auth })).json();

  t.equal(verdict, `${claim.status}: ${claim.text}`, 'prints the verdict and the claim');
  t.equal(claim.status, 'verified', 'the seeded Sony Pictures claim has a verdict');
  t.equal(why, `Why: ${claim.statusRationale} (${claim.evidence.length} pieces of evidence)`, 'prints the rationale');
  t.same(JSON.parse(jsonLd!), review, 'prints the ClaimReview the API serves');
  // claimReviewed is the published summary of the claim (at most 75 characters), not its full text.
  t.match(review, { '@type': 'ClaimReview', claimReviewed: /Sony Pictures/, itemReviewed: { '@type': 'Claim' } });
  t.ok(review.claimReviewed.length <= 75, 'claimReviewed fits 75 characters');
});
