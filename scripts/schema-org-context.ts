// Writes test/fixtures/schema-org-context.jsonld: a JSON-LD context of schema.org's vocabulary (every type
// and property schema-dts knows, each mapped to its schema.org IRI), so the ClaimReview tests expand our
// documents without a network. Unlike schema.org's own context it has no @vocab: a term that is not
// schema.org vocabulary is dropped by expansion, and the test notices. Run it after upgrading schema-dts.
import fs from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';

const require = createRequire(import.meta.url);
const dts = fs.readFileSync(path.join(path.dirname(require.resolve('schema-dts/package.json')), 'dist/schema.d.ts'), 'utf8');
const properties = new Set([...dts.matchAll(/^\s+"([a-zA-Z][a-zA-Z0-9]*)"\??: SchemaValue</gm)].map((m) => m[1]!));
const types = new Set([...dts.matchAll(/"@type": "([A-Za-z][A-Za-z0-9]*)"/g)].map((m) => m[1]!));
const context: Record<string, unknown> = { schema: 'http://schema.org/' };
for (const term of [...types, ...properties].sort()) context[term] = { '@id': `schema:${term}` };
const out = new URL('../test/fixtures/schema-org-context.jsonld', import.meta.url);
fs.writeFileSync(out, `${JSON.stringify({ '@context': context })}\n`);
console.error(`wrote ${out.pathname}: ${types.size} types, ${properties.size} properties`);
