import type { ErrorCode } from '@destek/protocol';
import { validate } from '@destek/protocol';
import type { z } from 'zod/mini';
import { BackendError } from '../../errors/BackendError.ts';
import type { BackendCapabilities, CallOptions } from '../SupportBackend.ts';
import type { FaultableMethod } from './faultInjector.ts';
import type { MemoryWorld } from './MemoryWorld.ts';

/** What the memory backend's method groups share. */
export interface MemoryContext {
  world: MemoryWorld;
  clock: () => number;
  capabilities: BackendCapabilities;
  /** The connected visitor's owner key; rejects with `unauthorized` before `connect`. */
  owner(): string;
  /** Runs one call through capability checks, latency, abort and injected faults. */
  call<T>(
    method: FaultableMethod,
    capability: keyof BackendCapabilities | undefined,
    options: CallOptions | undefined,
    run: () => T | Promise<T>,
  ): Promise<T>;
}

/** Checks input as the reference server does, rejecting with `invalid` and the field. */
export function checkInput<S extends z.ZodMiniType>(
  schema: S,
  value: unknown,
  wireCode: ErrorCode = 'invalid_body',
): z.output<S> {
  const result = validate(schema, value);
  if (result.ok) return result.value;
  throw new BackendError('invalid', result.message, { field: result.field, wireCode, status: 400 });
}

/** The error for anything the visitor does not own, so others' ids are not confirmed. */
export function notFound(what: string): BackendError {
  return new BackendError('not_found', `No ${what} here`, { wireCode: 'not_found', status: 404 });
}
