import type { CannedResponse } from '@destek/protocol';
import { signal } from '@preact/signals';
import type { AgentApi } from '../api/createAgentApi.ts';

/** The server's canned answers; empty when it has none (or an older server has no such route). */
export const canned = signal<CannedResponse[]>([]);

/** Loads them once per sign-in; a failure leaves the list empty (replies work without them). */
export async function loadCanned(api: AgentApi): Promise<void> {
  try {
    canned.value = await api.canned();
  } catch {
    canned.value = [];
  }
}
