import type { Page } from 'playwright-core';
import { expect } from 'vitest';
import type { PageLog } from '../e2e/support/watchPage.ts';
import { readTraps } from './attackTraps.ts';
import type { SurfaceShape } from './inspectSurface.ts';

/** Nothing ran, nothing was refused by the CSP, nothing threw, no request left for a payload's host. */
export async function expectInert(page: Page, log: PageLog, server: string): Promise<void> {
  expect(await readTraps(page)).toEqual({ hits: [], violations: [] });
  expect(log.errors).toEqual([]);
  const allowed = new Set([new URL(page.url()).host, new URL(server).host]);
  expect(log.hosts().filter((host) => !allowed.has(host))).toEqual([]);
  // `<img src=x>` would ask the page's own origin for `/x`: made elements fetch.
  expect(log.requests.filter((url) => /\/(x|y|1)$/.test(new URL(url).pathname))).toEqual([]);
}

/** Only the surface's own elements, no inline handler anywhere, and links only to safe schemes. */
export function expectShapeSafe(shape: SurfaceShape, own: ReadonlySet<string>): void {
  expect(shape.tags.filter((tag) => !own.has(tag))).toEqual([]);
  expect(shape.handlers).toEqual([]);
  for (const link of shape.links) {
    if (link.href.startsWith('#')) continue;
    expect(link.href).toMatch(/^(https?:\/\/|mailto:)/);
    // `https://bank.example@evil.example` reads as the bank: no link carries a user part.
    if (!link.href.startsWith('mailto:')) expect(new URL(link.href).username).toBe('');
    expect(link).toMatchObject({ rel: 'noopener noreferrer', target: '_blank' });
  }
}

/** Every text in `expected` appears in `text`; a failure names the missing ones, shortened. */
export function expectShown(text: string, expected: readonly string[]): void {
  const missing = expected.filter((words) => !text.includes(words));
  expect(missing.map((words) => JSON.stringify(words).slice(0, 120))).toEqual([]);
}

/** The status of a refused call: a clear 4xx, not a crash (5xx) and not an acceptance. */
export function expectRefused(answers: Array<{ id: string; status: number }>): void {
  expect(answers.filter((answer) => answer.status < 400 || answer.status >= 500)).toEqual([]);
}
