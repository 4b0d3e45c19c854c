import type { Frame, Locator, Page } from 'playwright-core';

/** Where the widget runs: a page, or a frame in one (a widget inside an iframe). */
export type Surface = Page | Frame;

/** The words a visitor types; the card number is there to be redacted before saving. */
export const REPORT = {
  summary: 'My deposit has not arrived after paying with card 4111 1111 1111 1111',
  /** The summary as saved and sent: redaction replaces the card number. */
  redactedSummary: 'My deposit has not arrived after paying with card [card]',
  observed: 'PMT-105: transaction declined',
  email: 'ayla@example.com',
};

/** How many of the summary's characters `fillReportToReview` types key by key. */
const TYPED_KEYS = 24;

/** Clicks the launcher inside the widget's shadow root (playwright pierces open roots). */
export async function openPanel(page: Surface): Promise<void> {
  await page.locator('[data-destek] >> css=button.launcher').click();
}

/**
 * From the open panel's Home to the review step, filling step 1 (summary,
 * category) and step 3 (observed), then the contact e-mail on review.
 * `typed` types the summary's first words key by key, as a person does (the
 * host page's key listeners see those keystrokes), and inserts the rest
 * (typing every key is slow on a loaded machine), instead of setting it at once.
 */
export async function fillReportToReview(
  page: Surface,
  summary = REPORT.summary,
  typed = false,
): Promise<void> {
  await page.getByRole('button', { name: /Report a problem|Continue your report/ }).click();
  const field = page.getByLabel('Summary', { exact: false });
  if (typed) {
    await field.pressSequentially(summary.slice(0, TYPED_KEYS));
    await field.page().keyboard.insertText(summary.slice(TYPED_KEYS));
  } else {
    await field.fill(summary);
  }
  await page.getByLabel('Category', { exact: false }).selectOption('payment');
  await next(page);
  await next(page);
  await page.getByLabel('What happened instead?', { exact: false }).fill(REPORT.observed);
  await next(page);
  await next(page);
  await page.getByLabel('Your e-mail', { exact: false }).fill(REPORT.email);
}

/** The reference number the confirmation shows, once it shows one. */
export async function referenceShown(page: Surface, timeout = 15_000): Promise<string> {
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
export function panelDialog(page: Surface): Locator {
  return page.locator('[data-destek] >> css=[role="dialog"]');
}

async function next(page: Surface): Promise<void> {
  await page.getByRole('button', { name: 'Next', exact: true }).click();
}
