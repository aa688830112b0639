// GET /docs/errors: the error catalogue as a page, one anchor per code, so that every error response in
// /docs (and the `code` of every problem document) links to what it means and what to do.
import type { FastifyPluginAsync } from 'fastify';
import { ERROR_CATALOGUE, problemType, type ErrorCode } from '../errors.js';
import { ERRORS_PAGE } from '../plugins/openapi-polish.js';

const escape = (s: string) => s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

function page(): string {
  const rows = (Object.entries(ERROR_CATALOGUE) as Array<[ErrorCode, { status: number; title: string }]>)
    .map(([code, { status, title }]) => `<tr id="${code}"><td><a href="#${code}"><code>${code}</code></a></td><td>${status}</td><td>${escape(title)}</td><td><code>${problemType(code)}</code></td></tr>`)
    .join('\n');
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>ClaimLedger error catalogue</title>
<style>body{font-family:system-ui,sans-serif;margin:2rem;max-width:70rem}table{border-collapse:collapse}td,th{border-bottom:1px solid #ddd;padding:.4rem .8rem;text-align:left}tr:target{background:#fff3c4}</style>
</head><body>
<h1>ClaimLedger error catalogue</h1>
<p>Every error is an RFC 9457 problem document (<code>application/problem+json</code>) with <code>type</code>, <code>title</code>,
<code>status</code>, <code>detail</code>, <code>instance</code> and a stable <code>code</code> from this table. Validation problems list each bad
field in <code>errors</code>; a refused workflow change names its <code>rule</code>; a 403 names the <code>requiredRole</code>.
<a href="/docs">Back to the API documentation</a>.</p>
<table><thead><tr><th>code</th><th>status</th><th>title</th><th>type</th></tr></thead>
<tbody>
${rows}
</tbody></table>
</body></html>
`;
}

const routes: FastifyPluginAsync = async (app) => {
  const html = page();
  app.get(ERRORS_PAGE, { schema: { hide: true } }, async (_request, reply) => reply.type('text/html; charset=utf-8').send(html));
};

export default routes;
