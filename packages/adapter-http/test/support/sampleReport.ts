import { newId, type Report } from '@destek/protocol';

/** A small valid report. */
export function sampleReport(): Report {
  return {
    clientReportId: newId(),
    summary: 'Deposit PMT-105 fails',
    stepsTried: ['Restarted the app'],
    expected: 'The deposit goes through',
    observed: 'Error PMT-105',
    category: 'payments',
    priority: 'normal',
    locale: 'en',
    attachments: [],
    context: [],
  };
}
