import { readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { configSchema, type ServerConfig } from './configSchema.ts';

/** A config that failed validation; `message` names every bad path. */
export class ConfigFileError extends Error {
  override name = 'ConfigFileError';
}

/** Validates an already-parsed config object, filling in defaults. */
export function parseConfig(raw: unknown): ServerConfig {
  const result = configSchema.safeParse(raw);
  if (!result.success) {
    const lines = result.error.issues.map(
      (issue) => `  ${issue.path.join('.') || '(root)'}: ${issue.message}`,
    );
    throw new ConfigFileError(`Invalid config:\n${lines.join('\n')}`);
  }
  return result.data;
}

/** Reads and validates a JSON config file; a relative `consoleDir` is taken from the file's folder. */
export function loadConfig(path: string): ServerConfig {
  let raw: unknown;
  try {
    raw = JSON.parse(readFileSync(path, 'utf8'));
  } catch (cause) {
    throw new ConfigFileError(`Cannot read config ${path}: ${(cause as Error).message}`);
  }
  const config = parseConfig(raw);
  if (typeof config.consoleDir === 'string')
    config.consoleDir = resolve(dirname(path), config.consoleDir);
  return config;
}
