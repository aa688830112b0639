// The read ceiling: a bare Fastify 5 server (no auth, no database, no schema) that answers each path with
// a body given to it, from memory. Run as a child process like the real server, so both share the machine
// with the load generator the same way. Prints its port; bodies arrive as JSON {path: body} on stdin.
import Fastify from 'fastify';

const chunks: Buffer[] = [];
for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
const bodies = JSON.parse(Buffer.concat(chunks).toString('utf8')) as Record<string, string>;

const app = Fastify({ logger: false });
for (const [path, body] of Object.entries(bodies)) {
  app.get(path, async (_request, reply) => reply.type('application/json; charset=utf-8').send(body));
}
await app.listen({ host: '127.0.0.1', port: 0 });
const address = app.server.address();
process.stdout.write(`${typeof address === 'object' && address ? address.port : 0}\n`);
process.on('SIGTERM', () => void app.close().then(() => process.exit(0)));
