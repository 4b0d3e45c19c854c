/**
 * The base of every error Destek raises. `code` is stable and machine-readable
 * (the UI words it per locale); `cause` keeps the original error.
 */
export class DestekError extends Error {
  override name = 'DestekError';
  readonly code: string;

  constructor(code: string, message: string, options: { cause?: unknown } = {}) {
    super(message, options.cause === undefined ? undefined : { cause: options.cause });
    this.code = code;
  }
}

/** Names of the family, so the guard works across frames and bundle copies. */
const FAMILY = new Set([
  'DestekError',
  'ConfigError',
  'BackendError',
  'StorageError',
  'CaptureError',
  'ValidationError',
]);

/**
 * True for any Destek error, also one made by another copy of the library or
 * in another frame (where `instanceof` fails), matched by `name` and `code`.
 * With `code`, only errors with that code match.
 */
export function isDestekError(value: unknown, code?: string): value is DestekError {
  if (typeof value !== 'object' || value === null) return false;
  const candidate = value as { name?: unknown; code?: unknown };
  const inFamily = value instanceof DestekError || FAMILY.has(String(candidate.name));
  if (!inFamily || typeof candidate.code !== 'string') return false;
  return code === undefined || candidate.code === code;
}
