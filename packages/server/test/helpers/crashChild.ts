// A server in its own process, for the crash test. It loads its modules at
// once but opens the data folder only when told to on stdin, so the test can
// start the next process while the current one is still being written to
// and restart almost at once after each SIGKILL.
import { createInterface } from 'node:readline';
import { createServer } from '../../src/createServer.ts';
import { testConfig } from './testConfig.ts';

// The server loads sharp on the first image; load it now, while warming up.
await import('sharp');
const lines = createInterface({ input: process.stdin });
process.stdout.write('warm\n');
for await (const dataDir of lines) {
  const server = createServer({ config: testConfig(), dataDir, sweepIntervalMs: 0 });
  const { url } = await server.listen(0, '127.0.0.1');
  process.stdout.write(`${JSON.stringify({ url })}\n`);
}
