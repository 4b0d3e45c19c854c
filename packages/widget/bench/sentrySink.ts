/**
 * A stand-in for Sentry's ingest on 127.0.0.1, so the peer runs with a real
 * DSN and sends what it sends, and nothing leaves the machine. It answers
 * every envelope with 200 and CORS headers and counts them.
 */
import { createServer, type Server } from 'node:http';

export interface SentrySink {
  /** A DSN pointing here (project 1, a made-up public key). */
  dsn: string;
  envelopes(): number;
  close(): void;
}

export async function startSentrySink(): Promise<SentrySink> {
  let count = 0;
  const server: Server = createServer((req, res) => {
    const headers = {
      'access-control-allow-origin': '*',
      'access-control-allow-headers': '*',
      'access-control-allow-methods': 'POST, OPTIONS',
    };
    if (req.method === 'OPTIONS') {
      res.writeHead(204, headers).end();
      return;
    }
    req.resume();
    req.on('end', () => {
      if (req.method === 'POST' && /\/api\/\d+\/envelope\/?$/.test(req.url?.split('?')[0] ?? ''))
        count++;
      res.writeHead(200, { ...headers, 'content-type': 'application/json' }).end('{}');
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  if (address === null || typeof address === 'string') throw new Error('no port');
  return {
    dsn: `http://0123456789abcdef0123456789abcdef@127.0.0.1:${address.port}/1`,
    envelopes: () => count,
    close: () => server.close(),
  };
}
