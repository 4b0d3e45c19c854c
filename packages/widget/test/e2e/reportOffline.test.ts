import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  fillReportToReview,
  openPanel,
  panelDialog,
  REPORT,
  referenceShown,
} from './support/panel.ts';
import { shopPage } from './support/shopPage.ts';
import type { PageServer } from './support/startPageServer.ts';
import { AGENT_TOKEN, type ReferenceServer } from './support/startReferenceServer.ts';
import { type Rig, startRig } from './support/startRig.ts';
import { watchPage } from './support/watchPage.ts';

// Real Chromium, the built destek.js and the reference server as its own process.
let rig: Rig;
let pages: PageServer;
let server: ReferenceServer;
let browser: Browser;

beforeAll(async () => {
  rig = await startRig();
  ({ pages, server, browser } = rig);
  pages.set('/', { html: shopPage(server.url) });
}, 90_000);

afterAll(() => rig?.stop());

interface AgentTicket {
  reference: string;
  summary: string;
}

async function agentTickets(): Promise<AgentTicket[]> {
  const response = await fetch(`${server.url}/v1/agent/tickets`, {
    headers: { authorization: `Bearer ${AGENT_TOKEN}` },
  });
  expect(response.status).toBe(200);
  const body = (await response.json()) as { tickets: AgentTicket[] };
  return body.tickets;
}

describe('a report filed with the network cut', () => {
  it('waits on the device across a reload, then reaches the server exactly once', async () => {
    const page = await browser.newPage();
    const log = watchPage(page);
    const cut = `${server.url}/**`;
    await page.goto(`${pages.origin}/`);
    await openPanel(page);
    await fillReportToReview(page);

    let refused = 0;
    await page.route(cut, (route) => {
      refused += 1;
      return route.abort('internetdisconnected');
    });
    await page.getByRole('button', { name: 'Send report' }).click();
    const dialog = panelDialog(page);
    await dialog.getByText('Report saved').waitFor();
    await dialog
      .getByText('Your report is saved on this device and will be sent automatically.')
      .waitFor();

    // Still cut: after a reload the report is listed, on this device, not yet sent.
    await page.reload();
    await openPanel(page);
    await page.getByRole('button', { name: /My requests/ }).click();
    // Listed as saved, the card number already redacted (it never left the page).
    const onDevice = dialog.locator('li.card', { hasText: REPORT.redactedSummary });
    await onDevice.waitFor();
    await expect
      .poll(async () => (await onDevice.textContent()) ?? '')
      .toMatch(/Saved, waiting for a connection|Saved, sending shortly|Retrying in \d+ second/);
    expect(await dialog.getByText(/DT-[0-9A-Z]{6}/).count()).toBe(0);
    // It did try, and nothing got through.
    expect(refused).toBeGreaterThan(0);
    expect(await agentTickets()).toEqual([]);

    // Back online: the start-up flush sends it and My requests shows its reference.
    await page.unroute(cut);
    await page.reload();
    await openPanel(page);
    await page.getByRole('button', { name: /My requests/ }).click();
    const reference = await referenceShown(page, 20_000);

    const tickets = await agentTickets();
    expect(tickets.map((ticket) => ticket.reference)).toEqual([reference]);
    expect(tickets[0]?.summary).toBe(REPORT.redactedSummary);

    expect(log.errors).toEqual([]);
    expect(log.hosts()).toEqual([new URL(pages.origin).host, new URL(server.url).host].sort());
    await page.close();
  }, 60_000);
});
