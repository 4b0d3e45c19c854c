import { DestekError } from './DestekError.ts';

/** A bad option: `path` names it (`theme.accent`), `expected` says what would be right. */
export class ConfigError extends DestekError {
  override name = 'ConfigError';
  readonly path: string;
  readonly expected: string;

  constructor(path: string, expected: string, options: { cause?: unknown } = {}) {
    super('config_invalid', `Destek option "${path}": expected ${expected}`, options);
    this.path = path;
    this.expected = expected;
  }
}
