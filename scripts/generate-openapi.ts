// Writes openapi/openapi.json from the route schemas; test/openapi.test.ts fails when the file is stale.
import fs from 'node:fs';
import { buildApp } from '../src/app.js';
import { testConfig } from '../src/config.js';

export async function generateOpenApi(): Promise<string> {
  const app = await buildApp(testConfig({ publicBaseUrl: 'http://127.0.0.1:3000' }));
  await app.ready();
  const doc = JSON.stringify(app.swagger(), null, 2) + '\n';
  await app.close();
  return doc;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  fs.writeFileSync(new URL('../openapi/openapi.json', import.meta.url), await generateOpenApi());
  console.error('wrote openapi/openapi.json');
}
