import type { Page } from 'playwright-core';

/** What a page did while a test drove it. */
export interface PageLog {
  /** Every request URL the page made, in order. */
  requests: string[];
  /** Uncaught errors thrown in the page. */
  errors: string[];
  /** The distinct `host:port`s the page talked to. */
  hosts(): string[];
}

/** Starts recording a page's requests and uncaught errors. */
export function watchPage(page: Page): PageLog {
  const log: PageLog = {
    requests: [],
    errors: [],
    hosts: () => [...new Set(log.requests.map((url) => new URL(url).host))].sort(),
  };
  page.on('request', (request) => log.requests.push(request.url()));
  page.on('pageerror', (error) => log.errors.push(`${error.name}: ${error.message}`));
  return log;
}
