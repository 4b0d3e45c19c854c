import type { JSX } from 'preact';
import { useT } from '../../i18n/useT.ts';
import { ChatHomeEntry } from '../chat/ChatHomeEntry.tsx';
import { usePanelShell } from '../PanelServices.ts';
import { ScreenHeading } from '../ScreenHeading.tsx';

/**
 * The first screen: find an answer (self-help), report a problem (or
 * continue the saved draft), chat, my requests, and the quick checks.
 */
export function HomeScreen(): JSX.Element {
  const t = useT();
  const { client: ready, router } = usePanelShell();
  // Drawn before the client is ready: the saved draft and pending count join when it is.
  const client = ready.value;
  const draft = client?.report.draft.value;
  const pending = client?.outbox.state.value.pending ?? 0;
  const started =
    draft !== undefined && (draft.summary.trim() !== '' || draft.observed.trim() !== '');
  // Shown until the client says there are no articles: nearly every backend has
  // the `faq` capability, so the list does not shift under the pointer.
  const help = !client || client.backend.capabilities.faq || client.config.faq.length > 0;
  return (
    <div class="body">
      <ScreenHeading>{t.t('home.title')}</ScreenHeading>
      <ul class="menu">
        {help ? (
          <li>
            <button type="button" class="menu-item" onClick={() => router.go({ name: 'help' })}>
              <strong>{t.t('home.help')}</strong>
              <span>{t.t('home.helpHint')}</span>
            </button>
          </li>
        ) : null}
        <li>
          <button
            type="button"
            class="menu-item"
            onClick={() => router.go({ name: 'report', step: 1 })}
          >
            <strong>{t.t(started ? 'home.continue' : 'home.report')}</strong>
            <span>
              {started
                ? t.t('home.continueHint', { summary: draft?.summary.trim() || '…' })
                : t.t('home.reportHint')}
            </span>
          </button>
        </li>
        <ChatHomeEntry />
        <li>
          <button type="button" class="menu-item" onClick={() => router.go({ name: 'requests' })}>
            <strong>{t.t('home.requests')}</strong>
            <span>
              {pending > 0 ? t.t('home.pending', { count: pending }) : t.t('home.requestsHint')}
            </span>
          </button>
        </li>
        <li>
          <button type="button" class="menu-item" onClick={() => router.go({ name: 'checks' })}>
            <strong>{t.t('home.checks')}</strong>
            <span>{t.t('home.checksHint')}</span>
          </button>
        </li>
      </ul>
    </div>
  );
}
