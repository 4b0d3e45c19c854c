import type { SupportClient } from '@destek/core';
import { useSignal } from '@preact/signals';
import type { JSX } from 'preact';
import { useEffect } from 'preact/hooks';
import { useT } from '../../i18n/useT.ts';
import { fieldId } from '../fields/fieldId.ts';
import { lazyScreen } from '../lazyScreen.tsx';
import { usePanelShell } from '../PanelServices.ts';
import { ScreenHeading } from '../ScreenHeading.tsx';
import { whenReady } from '../whenReady.ts';
import { errorText } from '../words/reasonText.ts';
import { covers, REPORT_STEPS, stepOf } from './reportSteps.ts';
import type { StepProps } from './StepProps.ts';
import { SummaryStep } from './SummaryStep.tsx';

// Step 1 ships with the panel; the later steps arrive in one chunk, fetched
// while the user types the summary (see the effect below).
const laterSteps = () => import('./laterSteps.ts');
const STEP_VIEWS = [
  SummaryStep,
  lazyScreen(async () => (await laterSteps()).TriedStep),
  lazyScreen(async () => (await laterSteps()).DetailsStep),
  lazyScreen(async () => (await laterSteps()).FilesStep),
  lazyScreen(async () => (await laterSteps()).ReviewStep),
];

/** Every step's number: Send checks them all. */
const ALL_STEPS = REPORT_STEPS.map((_, i) => i + 1);

/**
 * The guided report: one step at a time, each validated with the builder's
 * issues before the next; the last one sends through the outbox. The draft is
 * the client's (autosaved), so leaving and coming back loses nothing. Step 1
 * draws before the client is ready (a cold open); the later steps only after.
 */
export function ReportFlow(props: { step: number }): JSX.Element {
  const t = useT();
  const shell = usePanelShell();
  const { router, announcer } = shell;
  const client = shell.client.value;
  const touched = useSignal<ReadonlySet<string>>(new Set());
  const attempted = useSignal<ReadonlySet<number>>(new Set());
  const sending = useSignal(false);
  const footerHeld = useSignal(false);
  const step = Math.min(Math.max(props.step, 1), REPORT_STEPS.length);
  const current = REPORT_STEPS[step - 1] ?? REPORT_STEPS[0];
  const issues = client?.report.issues.value ?? [];
  useEffect(() => {
    // Idle after the first step is drawn: the next steps are ready before Next.
    const preload = () => void laterSteps().catch(() => {});
    const view = globalThis as typeof globalThis & {
      requestIdleCallback?: (fn: () => void) => number;
    };
    if (view.requestIdleCallback) view.requestIdleCallback(preload);
    else setTimeout(preload, 200);
  }, []);

  const issuesOf: StepProps['issuesOf'] = (field) =>
    issues.filter(
      (issue) =>
        covers(field, issue.field) &&
        (attempted.value.has(stepOf(issue.field)) ||
          touched.value.has(issue.field) ||
          touched.value.has(field)),
    );
  const touch: StepProps['touch'] = (field) => {
    if (!touched.value.has(field)) touched.value = new Set([...touched.value, field]);
  };

  /** Errors of the given steps; shows them and focuses the first. */
  const blockers = (ready: SupportClient, steps: readonly number[]): boolean => {
    const errors = ready.report.issues.value.filter(
      (issue) => issue.severity === 'error' && steps.includes(stepOf(issue.field)),
    );
    if (errors.length === 0) return false;
    attempted.value = new Set([...attempted.value, ...steps]);
    const first = errors[0];
    const firstStep = first ? stepOf(first.field) : step;
    if (firstStep !== step) router.replace({ name: 'report', step: firstStep });
    announcer.alarm(t.t('report.fixErrors', { count: errors.length }));
    setTimeout(() => {
      const root = document.activeElement?.getRootNode();
      const scope = root && 'getElementById' in root ? (root as Document | ShadowRoot) : document;
      if (first) scope.getElementById(fieldId(first.field))?.focus();
    }, 0);
    return true;
  };

  const next = () => {
    const ready = shell.client.value;
    if (!ready) {
      // Pressed before core is ready: the step is checked, and left, once it is.
      whenReady(shell.client, () => {
        const route = router.route.value;
        if (route.name === 'report' && route.step === step) next();
      });
      return;
    }
    if (blockers(ready, [step])) return;
    router.replace({ name: 'report', step: step + 1 });
  };
  const send = async () => {
    // The last step only draws with a client.
    if (!client || sending.value || blockers(client, ALL_STEPS)) return;
    sending.value = true;
    announcer.say(t.t('send.sending'));
    try {
      const entry = await client.send();
      // The user may have left the report while it was being saved.
      if (router.route.value.name === 'report') router.replace({ name: 'sent', entry });
    } catch (error) {
      if (!blockers(client, ALL_STEPS))
        announcer.alarm(t.t('send.saveFailed', { reason: errorText(t, error) }));
    } finally {
      sending.value = false;
    }
  };

  const startOver = (ready: SupportClient) => {
    ready.report.reset();
    for (const file of ready.files.value) ready.removeFile(file.id);
    touched.value = new Set();
    attempted.value = new Set();
  };

  const View = STEP_VIEWS[step - 1] ?? SummaryStep;
  const last = step === REPORT_STEPS.length;
  return (
    <>
      <div class="body">
        <ScreenHeading>
          {t.t('report.progress', {
            step,
            total: REPORT_STEPS.length,
            name: t.t(current?.name ?? 'report.step.summary'),
          })}
        </ScreenHeading>
        <View
          issuesOf={issuesOf}
          touch={touch}
          holdFooter={(held) => {
            footerHeld.value = held;
          }}
        />
      </div>
      {footerHeld.value ? null : (
        <div class="footer">
          {step > 1 ? (
            <button
              type="button"
              class="btn btn-secondary"
              onClick={() => router.replace({ name: 'report', step: step - 1 })}
            >
              {t.t('report.previous')}
            </button>
          ) : client ? (
            <span class="muted">
              {t.t('report.draftSaved')}{' '}
              <button type="button" class="link-btn" onClick={() => startOver(client)}>
                {t.t('report.startOver')}
              </button>
            </span>
          ) : (
            // Nothing is saved before the client is ready; the span keeps Next where it will stay.
            <span class="muted" />
          )}
          {last ? (
            <button
              type="button"
              class="btn btn-primary"
              aria-disabled={sending.value ? 'true' : undefined}
              onClick={() => void send()}
            >
              {t.t('report.send')}
            </button>
          ) : (
            <button type="button" class="btn btn-primary" onClick={next}>
              {t.t('report.next')}
            </button>
          )}
        </div>
      )}
    </>
  );
}
