import { expect, it } from 'vitest';
import * as server from '../src/index.ts';

// Pins the public surface: a change here is a change of the package's API.
it('exports exactly these names', () => {
  expect(Object.keys(server).sort()).toMatchInlineSnapshot(`
    [
      "CONSOLE_CSP",
      "ConfigFileError",
      "DEFAULT_CONSOLE_DIR",
      "DiskBlobStore",
      "MemoryEventBus",
      "SqliteStorage",
      "configSchema",
      "createServer",
      "loadConfig",
      "parseConfig",
      "resolveConsoleDir",
      "smtpMailer",
    ]
  `);
});
