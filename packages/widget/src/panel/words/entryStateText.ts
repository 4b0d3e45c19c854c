import type { Translator } from '../../i18n/createTranslator.ts';
import type { OutboxEntryState } from '../coreTypes.ts';
import { reasonText } from './reasonText.ts';

/**
 * An outbox entry's state as people say it: "Saved, waiting for a connection",
 * "Retrying in 12 seconds" (counted down from `now`), "Needs your attention: …".
 */
export function entryStateText(t: Translator, state: OutboxEntryState, now: number): string {
  switch (state.status) {
    case 'saved-waiting':
      return t.t(state.offline ? 'outbox.waiting' : 'outbox.queued');
    case 'sending':
      return t.t('outbox.sending', {
        percent: t.percent(state.total > 0 ? state.sent / state.total : 0),
      });
    case 'retrying':
      return t.t('outbox.retrying', {
        count: Math.max(0, Math.ceil((state.nextAttemptAt - now) / 1000)),
      });
    case 'needs-attention':
      return t.t('outbox.attention', { reason: reasonText(t, state.reason) });
    case 'sent':
      return t.t('outbox.sent', { reference: state.receipt.reference });
  }
}
