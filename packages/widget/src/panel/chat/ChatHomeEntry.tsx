import type { JSX } from 'preact';
import { useT } from '../../i18n/useT.ts';
import { usePanelShell } from '../PanelServices.ts';

/**
 * Home's "Chat with us", shown once the client is ready and only where the
 * backend has live chat; with a chat going, it says so (and how many replies
 * are unread). Part of the first frame, so it only reads the dock.
 */
export function ChatHomeEntry(): JSX.Element | null {
  const t = useT();
  const { client, router, chat: dock } = usePanelShell();
  const ready = client.value;
  // Read so the entry follows the session: the backend's capabilities are its answer.
  if (!ready || ready.session.value.status === 'refused') return null;
  if (!ready.backend.capabilities.liveChat) return null;
  const chat = dock.chat.value;
  const unread = chat?.unread.value ?? 0;
  const phase = chat?.phase.value ?? 'idle';
  const going = phase === 'queued' || phase === 'active' || phase === 'starting';
  return (
    <li>
      <button type="button" class="menu-item" onClick={() => router.go({ name: 'chat' })}>
        <strong>{t.t(going ? 'home.chatOpen' : 'home.chat')}</strong>
        <span>
          {unread > 0
            ? t.t('home.chatUnread', { count: unread })
            : t.t(going ? 'home.chatOpenHint' : 'home.chatHint')}
        </span>
      </button>
    </li>
  );
}
