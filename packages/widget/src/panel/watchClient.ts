import type { SupportClient } from '@destek/core';
import { effect } from '@preact/signals';
import type { PanelContext } from '../api/PanelModule.ts';

/**
 * What the panel tells outside itself about the client: a refused site (to
 * the site owner, in the console, once) and every acknowledged report (to the
 * host, also ones sent after a reload). Returns the stop function.
 */
export function watchClient(client: SupportClient, context: PanelContext): () => void {
  const origin = context.host.root.ownerDocument.location.origin;
  let refusalTold = false;
  const stopRefusal = effect(() => {
    const session = client.session.value;
    if (session.status !== 'refused' || refusalTold) return;
    refusalTold = true;
    const message = `Destek: the support server refused this page (${session.reason}). Check the site key, and that this page's origin (${origin}) is in the site's allowedOrigins in the server config.`;
    console.error(message);
    context.emit('error', { code: session.reason, message });
  });

  const told = new Set<string>();
  const stopEvents = effect(() => {
    for (const entry of client.outbox.entries.value) {
      const state = entry.state.value;
      if (state.status === 'sent' && !told.has(entry.id)) {
        told.add(entry.id);
        context.emit('report:sent', { reference: state.receipt.reference });
      }
    }
  });
  return () => {
    stopRefusal();
    stopEvents();
  };
}
