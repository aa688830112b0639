// The README says exactly what the service does: its headings count their commands, its route table is
// the OpenAPI document's operations, its error table is the error catalogue, its lists of values are the
// schema's, and the response shapes it spells out are the live responses' keys.
import fs from 'node:fs';
import t from 'tap';
import { SOURCE_KINDS } from '../../src/db/schema.js';
import { ERROR_CATALOGUE } from '../../src/errors.js';
import { build } from '../helper.js';

const readme = fs.readFileSync(new URL('../../README.md', import.meta.url), 'utf8');
const doc = JSON.parse(fs.readFileSync(new URL('../../openapi/openapi.json', import.meta.url), 'utf8')) as {
  paths: Record<string, Record<string, { operationId: string; summary: string }>>;
};
const NUMBERS = ['zero', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten'];

/** The rows of the first markdown table after `marker`, as arrays of cell texts. */
function tableAfter(marker: string): string[][] {
  const at = readme.indexOf(marker);
  if (at < 0) throw new Error(`README lacks "${marker}"`);
  const lines = readme.slice(at).split('\n');
  const start = lines.findIndex((l) => l.startsWith('|'));
  const rows: string[][] = [];
  for (const line of lines.slice(start + 2)) {
    if (!line.startsWith('|')) break;
    rows.push(line.slice(1, -1).split(' | ').map((c) => c.trim()));
  }
  return rows;
}

/** Keys of a shape written like `{checkpoint: {origin, size}, signature}`, nested keys as a.b. */
function shapeKeys(shape: string): string[] {
  const keys: string[] = [];
  const path: string[] = [];
  let word = '';
  const flush = () => {
    if (word.trim()) keys.push([...path, word.trim()].join('.'));
    word = '';
  };
  for (const ch of shape.slice(1, -1)) {
    if (ch === ':') {
      path.push(word.trim());
      word = '';
    } else if (ch === ',') flush();
    else if (ch === '}') {
      flush();
      path.pop();
    } else if (ch !== '{') word += ch;
  }
  flush();
  return keys.sort();
}

function keysOf(value: Record<string, unknown>, prefix = ''): string[] {
  return Object.entries(value)
    .flatMap(([k, v]) => (v && typeof v === 'object' && !Array.isArray(v) && prefix === '' && k === 'checkpoint' ? keysOf(v as Record<string, unknown>, `${k}.`) : [`${prefix}${k}`]))
    .sort();
}

t.test('each "N commands" heading counts the commands in its block', async (t) => {
  const headings = [...readme.matchAll(/^## (\w+) commands?\n+```sh\n([\s\S]*?)```/gm)];
  t.ok(headings.length, 'there is such a heading');
  for (const [, word, block] of headings) {
    const commands = block!.split('\n').filter((l) => l.trim() && !l.trim().startsWith('#'));
    t.equal(NUMBERS[commands.length], word!.toLowerCase(), `"${word} commands" stands over ${commands.length}: ${commands.map((c) => c.split('#')[0]!.trim()).join('; ')}`);
  }
});

t.test('the route table lists every operation of the OpenAPI document, and only those', async (t) => {
  const rows = tableAfter('These are all').map(([route, id, what]) => `${route} ${id} ${what}`).sort();
  const operations = Object.entries(doc.paths)
    .flatMap(([p, ops]) => Object.entries(ops).map(([m, op]) => `\`${m.toUpperCase()} ${p}\` \`${op.operationId}\` ${op.summary}`))
    .sort();
  t.same(rows, operations);
  t.match(readme, `These are all ${operations.length} operations`, 'the count in the sentence is exact');
});

t.test('the error table is the error catalogue', async (t) => {
  const rows = tableAfter('Every code, also served as a page at `/docs/errors`');
  t.same(
    rows,
    Object.entries(ERROR_CATALOGUE).map(([code, { status, title }]) => [`\`${code}\``, String(status), title]),
  );
});

t.test('the source kinds are the schema\'s', async (t) => {
  const sentence = /Each source has a `kind`:\s+([^.]+)\./.exec(readme)?.[1] ?? '';
  t.same([...sentence.matchAll(/`([a-z_]+)`/g)].map((m) => m[1]), [...SOURCE_KINDS]);
});

t.test('response shapes written in the README are the live responses\' keys', async (t) => {
  const ctx = await build(t);
  const checkpointShape = /`GET \/v1\/audit\/checkpoint`\s+returns `(\{[^`]+\})`/.exec(readme)?.[1];
  t.ok(checkpointShape, 'the README spells out the checkpoint');
  const checkpoint = (await ctx.app.inject({ url: '/v1/audit/checkpoint', headers: ctx.auth('auditor') })).json();
  t.same(shapeKeys(checkpointShape!), keysOf(checkpoint), `checkpoint is ${checkpointShape}`);

  const listShape = /and answer `(\{[^`]+\})`/.exec(readme)?.[1];
  const list = (await ctx.app.inject({ url: '/v1/claims', headers: ctx.auth('reader') })).json();
  t.same(shapeKeys(listShape!), Object.keys(list).sort(), `lists answer ${listShape}`);

  const selectorShape = /`quoteSelector (\{[^`]+\})`/.exec(readme)?.[1];
  const claim = (await ctx.app.inject({ method: 'POST', url: '/v1/claims', headers: ctx.auth('checker'), payload: { text: 'The moon is 384,400 km away.' } })).json();
  const source = (await ctx.app.inject({ method: 'POST', url: '/v1/sources', headers: ctx.auth('checker'), payload: { url: 'https://example.org/moon', title: 'Moon', kind: 'research', content: 'The moon is about 384,400 km from the Earth.' } })).json();
  const evidence = (await ctx.app.inject({ method: 'POST', url: `/v1/claims/${claim.id}/evidence`, headers: ctx.auth('checker'), payload: { sourceId: source.id, stance: 'supports', quote: '384,400 km' } })).json();
  t.same(shapeKeys(selectorShape!), Object.keys(evidence.quoteSelector).sort(), `quoteSelector is ${selectorShape}`);

  const problemMembers = /\*\*Errors\*\* are `application\/problem\+json` \(RFC 9457\): ([^.]+?), and for validation/.exec(readme)?.[1] ?? '';
  const problem = (await ctx.app.inject({ url: '/v1/claims/clm_00000000000000000000000000', headers: ctx.auth('reader') })).json();
  t.same([...problemMembers.matchAll(/`(\w+)`/g)].map((m) => m[1]).sort(), Object.keys(problem).sort(), 'a problem has the members the README lists');
});
