import type { Chat } from '@destek/core';
import { useSignal } from '@preact/signals';
import type { JSX } from 'preact';
import { useEffect, useRef } from 'preact/hooks';
import { useT } from '../../i18n/useT.ts';
import { fieldId } from '../fields/fieldId.ts';
import { TextField } from '../fields/TextField.tsx';
import { usePanel } from '../PanelServices.ts';
import { SummaryStep } from '../report/SummaryStep.tsx';
import { ScreenHeading } from '../ScreenHeading.tsx';
import { errorText } from '../words/reasonText.ts';
import { keepFocus } from './keepFocus.ts';

/** Fields the chat's start checks: the report's first step, and a typed address. */
const CHECKED = ['summary', 'category', 'errorCode', 'contact.email'];

/**
 * Starts a chat from the report template's first step (summary and category,
 * shared with the report draft: no second form) and, for anonymous visitors,
 * an optional address for replies. When nobody can answer now, says so and
 * offers to leave a message instead.
 */
export function ChatStartForm(props: { chat: Chat }): JSX.Element {
  const t = useT();
  const { client, announcer } = usePanel();
  const touched = useSignal<ReadonlySet<string>>(new Set());
  const attempted = useSignal(false);
  const closed = useSignal(false);
  const draft = client.report.draft.value;
  const anonymous = client.config.user === null;
  const starting = props.chat.phase.value === 'starting';

  const form = useRef<HTMLFormElement>(null);
  useEffect(() => keepFocus(form.current), []);
  useEffect(() => {
    client.status().then(
      (status) => {
        closed.value = !status.businessHours.open || status.agentsOnline === 0;
      },
      () => {},
    );
  }, [client]);

  const shown = (field: string) =>
    client.report.issues.value.filter(
      (issue) =>
        issue.field === field &&
        (attempted.value || touched.value.has(field)) &&
        // The address is optional here: only a wrong one stops the chat.
        (field !== 'contact.email' || issue.code !== 'required'),
    );
  const touch = (field: string) => {
    if (!touched.value.has(field)) touched.value = new Set([...touched.value, field]);
  };

  const start = async (event: Event) => {
    event.preventDefault();
    if (starting) return;
    const blocking = client.report.issues.value.filter(
      (issue) =>
        CHECKED.includes(issue.field) &&
        issue.severity === 'error' &&
        !(issue.field === 'contact.email' && (!anonymous || issue.code === 'required')),
    );
    if (blocking.length > 0) {
      attempted.value = true;
      announcer.alarm(t.t('report.fixErrors', { count: blocking.length }));
      const first = blocking[0];
      const root = (event.currentTarget as HTMLElement | null)?.getRootNode();
      if (first && root && 'getElementById' in root) {
        (root as ShadowRoot).getElementById(fieldId(first.field))?.focus();
      }
      return;
    }
    const code = draft.errorCode?.trim();
    const summary = draft.summary.trim();
    try {
      await props.chat.start({
        text: code && !summary.includes(code) ? `${summary} (${code})` : summary,
        category: draft.category ?? 'other',
        priority: draft.priority,
        locale: t.locale,
        ...(anonymous && draft.contact.email.trim() !== '' ? { email: draft.contact.email } : {}),
      });
      // The summary now lives in the chat; a draft that held nothing more is done.
      const now = client.report.draft.value;
      if (now.stepsTried.every((step) => step.trim() === '') && !now.expected && !now.observed) {
        client.report.reset();
      }
    } catch (error) {
      announcer.alarm(t.t('chat.startFailed', { reason: errorText(t, error) }));
    }
  };

  return (
    <form ref={form} class="body" onSubmit={(event) => void start(event)} noValidate>
      <ScreenHeading>{t.t(closed.value ? 'chat.leaveHeading' : 'chat.startHeading')}</ScreenHeading>
      <p class={closed.value ? 'notice' : 'muted'}>
        {t.t(closed.value ? 'chat.closedHelp' : 'chat.startHelp')}
      </p>
      <SummaryStep issuesOf={shown} touch={touch} />
      {anonymous ? (
        <TextField
          field="contact.email"
          type="email"
          autoComplete="email"
          label={t.t('chat.email')}
          help={t.t('chat.emailHelp')}
          value={draft.contact.email}
          onInput={(email) => client.report.update({ contact: { ...draft.contact, email } })}
          onBlur={() => touch('contact.email')}
          issues={shown('contact.email')}
        />
      ) : null}
      <button type="submit" class="btn btn-primary" aria-disabled={starting ? 'true' : undefined}>
        {t.t(starting ? 'chat.starting' : closed.value ? 'chat.leaveMessage' : 'chat.start')}
      </button>
    </form>
  );
}
