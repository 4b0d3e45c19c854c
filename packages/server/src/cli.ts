import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { ConfigFileError, loadConfig } from './config/loadConfig.ts';
import { resolveConsoleDir } from './console/resolveConsoleDir.ts';
import { createServer } from './createServer.ts';

const HELP = `destek-server: the Destek reference support server

Usage: destek-server [--config FILE] [--data-dir DIR] [--port N] [--host ADDR]

  --config FILE    JSON config (sites, agents, hours, FAQ...); default: the bundled demo config
  --data-dir DIR   where the database and attachments live; default: ./destek-data
  --port N         TCP port; default 8787 (0 picks a free port)
  --host ADDR      interface to bind; default 127.0.0.1 (use 0.0.0.0 behind a proxy only)
  --help           this text
`;

async function main(): Promise<void> {
  let args: ReturnType<typeof parse>;
  try {
    args = parse();
  } catch (error) {
    process.stderr.write(`${(error as Error).message}\n\n${HELP}`);
    process.exit(2);
  }
  if (args.values.help) {
    process.stdout.write(HELP);
    return;
  }
  const configPath = resolve(
    args.values.config ?? new URL('../demo/destek.config.json', import.meta.url).pathname,
  );
  const port = Number(args.values.port ?? '8787');
  if (!Number.isInteger(port) || port < 0 || port > 65535) {
    process.stderr.write(`--port must be 0..65535\n`);
    process.exit(2);
  }
  let config: ReturnType<typeof loadConfig>;
  try {
    config = loadConfig(configPath);
  } catch (error) {
    process.stderr.write(`${error instanceof ConfigFileError ? error.message : String(error)}\n`);
    process.exit(1);
  }
  const dataDir = resolve(args.values['data-dir'] ?? 'destek-data');
  const server = createServer({ config, dataDir });
  const { url } = await server.listen(port, args.values.host ?? '127.0.0.1');
  process.stdout.write(`destek-server listening on ${url}\n`);
  process.stdout.write(`data: ${dataDir}\nconfig: ${configPath}\n`);
  const agentConsole = resolveConsoleDir(config.consoleDir);
  process.stdout.write(
    agentConsole.dir === null
      ? `console: ${agentConsole.note}\n`
      : `console: ${url}/console/ (files: ${agentConsole.note})\n`,
  );
  process.stdout.write(
    config.mail
      ? `mail: ${config.mail.host}:${config.mail.port} as ${config.mail.from}\n`
      : 'mail: off (no "mail" in the config)\n',
  );
  for (const site of config.sites) {
    process.stdout.write(
      `site key: ${site.key} (${site.name}) origins: ${site.allowedOrigins.join(' ') || '(none)'}\n`,
    );
  }
  let stopping = false;
  const stop = (signal: string) => {
    if (stopping) return;
    stopping = true;
    process.stdout.write(`${signal}: shutting down\n`);
    server.close().then(
      () => process.exit(0),
      () => process.exit(1),
    );
  };
  process.on('SIGTERM', () => stop('SIGTERM'));
  process.on('SIGINT', () => stop('SIGINT'));
}

function parse() {
  return parseArgs({
    options: {
      config: { type: 'string' },
      'data-dir': { type: 'string' },
      port: { type: 'string' },
      host: { type: 'string' },
      help: { type: 'boolean' },
    },
    strict: true,
  });
}

void main();
