import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { ServerConfig } from '../../src/config/configSchema.ts';
import {
  type CreateServerOptions,
  createServer,
  type DestekServer,
} from '../../src/createServer.ts';
import { testConfig } from './testConfig.ts';

/** A real server on 127.0.0.1 with a real SQLite file in a fresh temp folder. */
export interface TestServer {
  url: string;
  dataDir: string;
  server: DestekServer;
  close(): Promise<void>;
}

export async function startServer(
  options: { config?: ServerConfig } & Omit<
    Partial<CreateServerOptions>,
    'config' | 'dataDir'
  > = {},
): Promise<TestServer> {
  const dataDir = await mkdtemp(join(tmpdir(), 'destek-server-test-'));
  const server = createServer({
    sweepIntervalMs: 0,
    ...options,
    config: options.config ?? testConfig(),
    dataDir,
  });
  const { url } = await server.listen(0, '127.0.0.1');
  return {
    url,
    dataDir,
    server,
    async close() {
      await server.close();
      await rm(dataDir, { recursive: true, force: true });
    },
  };
}
