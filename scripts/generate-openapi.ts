// Writes openapi/openapi.json from the route schemas, and openapi/schema.d.ts (TypeScript types of it, which
// the console's API client uses); test/openapi.test.ts fails when either file is stale.
import fs from 'node:fs';
import openapiTS, { astToString } from 'openapi-typescript';
import { buildApp } from '../src/app.js';
import { testConfig } from '../src/config.js';

export async function generateOpenApi(): Promise<string> {
  const app = await buildApp(testConfig({ publicBaseUrl: 'http://127.0.0.1:3000' }));
  await app.ready();
  const doc = JSON.stringify(app.swagger(), null, 2) + '\n';
  await app.close();
  return doc;
}

/** TypeScript types of the document (openapi-typescript), for typed clients such as the console's. */
export async function generateSchemaTypes(doc: string): Promise<string> {
  const ast = await openapiTS(JSON.parse(doc) as Parameters<typeof openapiTS>[0]);
  return `// Generated from openapi/openapi.json by \`npm run openapi\` (openapi-typescript). Do not edit.\n${astToString(ast)}`;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const doc = await generateOpenApi();
  fs.writeFileSync(new URL('../openapi/openapi.json', import.meta.url), doc);
  fs.writeFileSync(new URL('../openapi/schema.d.ts', import.meta.url), await generateSchemaTypes(doc));
  console.error('wrote openapi/openapi.json and openapi/schema.d.ts');
}
