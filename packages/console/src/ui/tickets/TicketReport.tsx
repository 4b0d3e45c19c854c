import type { JSX } from 'preact';
import type { ReportBody } from '../../api/types.ts';
import { AttachmentList } from '../AttachmentList.tsx';
import { MessageText } from '../MessageText.tsx';

/** The report a ticket came from, every field as the user sent it (as text). */
export function TicketReport(props: { report: ReportBody }): JSX.Element {
  const { report } = props;
  return (
    <section class="section" aria-labelledby="report-heading">
      <h2 id="report-heading">Report</h2>
      <dl class="facts">
        <dt>Summary</dt>
        <dd>
          <MessageText text={report.summary} />
        </dd>
        {report.errorCode ? (
          <>
            <dt>Error code</dt>
            <dd>
              <code>{report.errorCode}</code>
            </dd>
          </>
        ) : null}
        <dt>Steps already tried</dt>
        <dd>
          {report.stepsTried.length === 0 ? (
            <span class="muted">None listed</span>
          ) : (
            <ol class="steps">
              {report.stepsTried.map((step, index) => (
                <li key={index}>
                  <MessageText text={step} />
                </li>
              ))}
            </ol>
          )}
        </dd>
        <dt>Expected</dt>
        <dd>
          {report.expected ? <MessageText text={report.expected} /> : <span class="muted">—</span>}
        </dd>
        <dt>Observed</dt>
        <dd>
          <MessageText text={report.observed} />
        </dd>
        {report.contact?.email || report.contact?.name ? (
          <>
            <dt>Contact</dt>
            <dd>{[report.contact.name, report.contact.email].filter(Boolean).join(', ')}</dd>
          </>
        ) : null}
        {report.redactions && report.redactions.length > 0 ? (
          <>
            <dt>Hidden before sending</dt>
            <dd>{report.redactions.map((r) => `${r.kind} × ${r.count}`).join(', ')}</dd>
          </>
        ) : null}
      </dl>
      <AttachmentList items={report.attachments} />
      {report.context.length > 0 || (report.diagnostics ?? []).length > 0 ? (
        <details class="context">
          <summary>Device and app facts ({report.context.length})</summary>
          <dl class="facts compact">
            {report.context.map((fact, index) => (
              <div key={index} class="fact">
                <dt>{fact.key}</dt>
                <dd>{fact.value}</dd>
              </div>
            ))}
            {(report.diagnostics ?? []).map((check) => (
              <div key={check.id} class="fact">
                <dt>check {check.id}</dt>
                <dd>
                  {check.status}
                  {check.value ? `: ${check.value}` : ''}
                </dd>
              </div>
            ))}
          </dl>
        </details>
      ) : null}
    </section>
  );
}
