// A real webhook receiver on 127.0.0.1 for the tests: records every request and verifies its signature with
// the Standard Webhooks reference library (npm standardwebhooks), not with the service's own code.
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { Webhook } from 'standardwebhooks';
import type { Test } from 'tap';

export interface Received {
  id: string;
  timestamp: string;
  signature: string;
  body: string;
  json: { type: string; timestamp: string; data: any };
  /** The secrets (of those the test set) whose reference verification accepted the request. */
  validFor: string[];
  status: number;
}

/** What to answer: a status code, or 'hang' to never answer (a stuck receiver). */
export type Responder = (req: { id: string; n: number }) => number | 'hang';

export async function startReceiver(t: Test, responder: Responder = () => 204) {
  const received: Received[] = [];
  const secrets: string[] = [];
  let respond = responder;
  const hanging = new Set<http.ServerResponse>();
  const server = http.createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      const body = Buffer.concat(chunks).toString('utf8');
      const headers = { 'webhook-id': String(req.headers['webhook-id']), 'webhook-timestamp': String(req.headers['webhook-timestamp']), 'webhook-signature': String(req.headers['webhook-signature']) };
      const validFor = secrets.filter((s) => {
        try {
          new Webhook(s).verify(body, headers);
          return true;
        } catch {
          return false;
        }
      });
      const answer = respond({ id: headers['webhook-id'], n: received.length });
      received.push({ id: headers['webhook-id'], timestamp: headers['webhook-timestamp'], signature: headers['webhook-signature'], body, json: JSON.parse(body), validFor, status: answer === 'hang' ? 0 : answer });
      if (answer === 'hang') {
        hanging.add(res);
        return;
      }
      res.writeHead(answer).end();
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const port = (server.address() as AddressInfo).port;
  t.teardown(async () => {
    for (const res of hanging) res.destroy();
    server.closeAllConnections();
    await new Promise((resolve) => server.close(resolve));
  });
  return {
    url: `http://127.0.0.1:${port}/hook`,
    port,
    received,
    /** Secrets the reference verification tries (set after creating the subscription). */
    trust(secret: string) {
      secrets.push(secret);
    },
    untrustAll() {
      secrets.length = 0;
    },
    respondWith(r: Responder) {
      respond = r;
    },
    releaseHanging() {
      for (const res of hanging) res.destroy();
      hanging.clear();
    },
  };
}

/** Polls until `ready()` is true, at most `timeoutMs`; fails the test with `what` otherwise. */
export async function waitFor(t: Test, what: string, ready: () => boolean | Promise<boolean>, timeoutMs = 10_000): Promise<boolean> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (await ready()) return true;
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
  t.fail(`timed out waiting for ${what}`);
  return false;
}
