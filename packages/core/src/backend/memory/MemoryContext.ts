import type { ErrorCode, Priority } from '@destek/protocol';
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
  /** The identified user's e-mail, when the host gave one. */
  userEmail(): string | undefined;
  /** First-response target per priority, in minutes. */
  targets: Record<Priority, number>;
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
  /** The field's name when `value` is one field rather than a body. */
  field?: string,
): z.output<S> {
  const result = validate(schema, value);
  if (result.ok) return result.value;
  throw new BackendError('invalid', result.message, {
    field: field ?? result.field,
    wireCode,
    status: 400,
  });
}

/** Rejects as `unsupported` when `capability` is off, for calls that need a second one. */
export function requireCapability(
  capabilities: BackendCapabilities,
  capability: keyof BackendCapabilities,
): void {
  if (capabilities[capability]) return;
  throw new BackendError('unsupported', `This backend has ${capability} switched off`, {
    wireCode: 'unsupported',
    status: 501,
  });
}

/** The error for anything the visitor does not own, so others' ids are not confirmed. */
export function notFound(what: string): BackendError {
  return new BackendError('not_found', `No ${what} here`, { wireCode: 'not_found', status: 404 });
}
