import type { ReadonlySignal } from '@preact/signals';
import type { JSX } from 'preact';
import { useEffect, useRef } from 'preact/hooks';
import { useT } from '../i18n/useT.ts';
import { focusScreenHeading } from './focusScreenHeading.ts';
import { BackIcon, CloseIcon } from './Icons.tsx';
import { usePanelShell } from './PanelServices.ts';
import { ScreenView } from './ScreenView.tsx';
import { trapKeys } from './trapKeys.ts';

export interface PanelAppProps {
  /** Whether the panel is shown; hidden keeps it mounted so typed text and state survive. */
  open: ReadonlySignal<boolean>;
  requestClose: () => void;
}

/**
 * The dialog: header (back, title, close), the current screen, and the two
 * live regions. Focus moves to the screen's heading on open and on every
 * screen change, Tab stays inside, Escape closes.
 */
export function PanelApp(props: PanelAppProps): JSX.Element {
  const t = useT();
  const { router, announcer } = usePanelShell();
  const dialog = useRef<HTMLDivElement>(null);
  const route = router.route.value;
  const open = props.open.value;

  useEffect(() => {
    if (!open || !dialog.current) return;
    return focusScreenHeading(dialog.current);
  }, [open, route]);

  const title =
    route.name === 'report' || route.name === 'sent'
      ? t.t('report.title')
      : route.name === 'requests' || route.name === 'ticket' || route.name === 'entry'
        ? t.t('requests.title')
        : route.name === 'chat'
          ? t.t('chat.title')
          : t.t('panel.title');

  return (
    <div
      ref={dialog}
      class="panel"
      role="dialog"
      aria-modal="true"
      aria-labelledby="destek-title"
      tabIndex={-1}
      hidden={!open}
      onKeyDown={(event) => {
        if (dialog.current) trapKeys(event, dialog.current, props.requestClose);
      }}
    >
      <div class="header">
        {router.canGoBack.value ? (
          <button
            type="button"
            class="icon-btn"
            aria-label={t.t('panel.back')}
            onClick={() =>
              route.name === 'report' && route.step > 1
                ? router.replace({ name: 'report', step: route.step - 1 })
                : router.back()
            }
          >
            <BackIcon />
          </button>
        ) : null}
        <h2 id="destek-title">{title}</h2>
        <button
          type="button"
          class="icon-btn"
          aria-label={t.t('panel.close')}
          onClick={props.requestClose}
        >
          <CloseIcon />
        </button>
      </div>
      <ScreenView route={route} />
      <div class="sr-only" role="status" aria-live="polite" aria-atomic="true">
        {announcer.status.value}
      </div>
      <div class="sr-only" role="alert" aria-live="assertive" aria-atomic="true">
        {announcer.alert.value}
      </div>
    </div>
  );
}
