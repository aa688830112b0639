// `engines` must tell the truth: every installed package (runtime and dev) supports every Node version the
// project claims, so `npm ci --engine-strict` passes on each of them. A dependency that drops a Node
// version we claim (as cookie@2 did for Node 20, via fastify → light-my-request) fails here.
import fs from 'node:fs';
import semver from 'semver';
import t from 'tap';

const pkg = JSON.parse(fs.readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as { engines: { node: string } };
const lock = JSON.parse(fs.readFileSync(new URL('../../package-lock.json', import.meta.url), 'utf8')) as {
  packages: Record<string, { version?: string; engines?: { node?: string } | string[] }>;
};
const claimed = pkg.engines.node;

t.test('the Node version running the tests is one the project claims', async (t) => {
  t.ok(semver.satisfies(process.versions.node, claimed), `${process.versions.node} satisfies ${claimed}`);
});

t.test('every locked package supports every Node version in engines', async (t) => {
  const misfits: string[] = [];
  let checked = 0;
  for (const [where, entry] of Object.entries(lock.packages)) {
    const range = entry.engines && !Array.isArray(entry.engines) ? entry.engines.node : undefined;
    if (!where || !range) continue;
    checked++;
    if (!semver.subset(claimed, range)) misfits.push(`${where}@${entry.version} wants node ${range}`);
  }
  t.ok(checked > 10, `checked ${checked} packages that declare engines`);
  t.same(misfits, [], `all fit ${claimed}`);
});
