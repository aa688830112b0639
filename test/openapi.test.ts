// openapi/openapi.json is generated from the code (npm run openapi); this fails when the two drift apart,
// and when a route is missing what a reader of the docs needs.
import fs from 'node:fs';
import t from 'tap';
import { generateOpenApi } from '../scripts/generate-openapi.js';

const committed = fs.readFileSync(new URL('../openapi/openapi.json', import.meta.url), 'utf8');

t.test('the committed spec matches the code (run `npm run openapi` after changing routes)', async (t) => {
  const generated = await generateOpenApi();
  t.equal(generated, committed, 'openapi/openapi.json is up to date');
});

t.test('every operation has a summary, tags, a description and documented responses', async (t) => {
  const spec = JSON.parse(committed) as { paths: Record<string, Record<string, { summary?: string; tags?: string[]; description?: string; security?: unknown[]; responses?: Record<string, unknown> }>> };
  for (const [p, ops] of Object.entries(spec.paths)) {
    for (const [method, op] of Object.entries(ops)) {
      const name = `${method.toUpperCase()} ${p}`;
      t.ok(op.summary, `${name} has a summary`);
      t.ok(op.tags?.length, `${name} has tags`);
      t.ok(op.description, `${name} has a description`);
      t.ok(Object.keys(op.responses ?? {}).some((s) => s.startsWith('2')), `${name} documents its success response`);
      // Public routes (security: [], signing in and out) need no credentials, so they cannot answer 401 for lack of them.
      if (p.startsWith('/v1') && op.security?.length !== 0) t.ok(op.responses?.['401'], `${name} documents 401`);
    }
  }
});
