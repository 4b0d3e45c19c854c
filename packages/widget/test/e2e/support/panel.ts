import type { Locator, Page } from 'playwright-core';

/** The words a visitor types; the card number is there to be redacted before saving. */
export const REPORT = {
  summary: 'My deposit has not arrived after paying with card 4111 1111 1111 1111',
  /** The summary as saved and sent: redaction replaces the card number. */
  redactedSummary: 'My deposit has not arrived after paying with card [card]',
  observed: 'PMT-105: transaction declined',
  email: 'ayla@example.com',
};

/** Clicks the launcher inside the widget's shadow root (playwright pierces open roots). */
export async function openPanel(page: Page): Promise<void> {
  await page.locator('[data-destek] >> css=button.launcher').click();
}

/**
 * From the open panel's Home to the review step, filling step 1 (summary,
 * category) and step 3 (observed), then the contact e-mail on review.
 */
export async function fillReportToReview(page: Page, summary = REPORT.summary): Promise<void> {
  await page.getByRole('button', { name: /Report a problem|Continue your report/ }).click();
  await page.getByLabel('Summary', { exact: false }).fill(summary);
  await page.getByLabel('Category', { exact: false }).selectOption('payment');
  await next(page);
  await next(page);
  await page.getByLabel('What happened instead?', { exact: false }).fill(REPORT.observed);
  await next(page);
  await next(page);
  await page.getByLabel('Your e-mail', { exact: false }).fill(REPORT.email);
}

/** The reference number the confirmation shows, once it shows one. */
export async function referenceShown(page: Page, timeout = 15_000): Promise<string> {
  const found = page.getByText(/DT-[0-9A-Z]{6}/).first();
  try {
    await found.waitFor({ timeout });
  } catch (error) {
    // Says what the panel showed instead, which is what one needs to see when this fails.
    const shown = await panelDialog(page)
      .textContent({ timeout: 1000 })
      .catch(() => null);
    throw new Error(`No reference number within ${timeout} ms; the panel said: ${shown}`, {
      cause: error,
    });
  }
  return matchReference((await found.textContent()) ?? '');
}

/** The `DT-XXXXXX` in a text, or an error naming the text. */
function matchReference(text: string): string {
  const reference = /DT-[0-9A-Z]{6}/.exec(text)?.[0];
  if (!reference) throw new Error(`No reference number in: ${text}`);
  return reference;
}

/** The widget's dialog, for reading what it says. */
export function panelDialog(page: Page): Locator {
  return page.locator('[data-destek] >> css=[role="dialog"]');
}

async function next(page: Page): Promise<void> {
  await page.getByRole('button', { name: 'Next', exact: true }).click();
}
