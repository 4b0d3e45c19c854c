import type { Page } from 'playwright-core';

/** A file the user attaches, with the bytes the server must end up holding. */
export interface TrialFile {
  name: string;
  mimeType: string;
  buffer: Buffer;
}

export interface TrialReport {
  summary: string;
  observed: string;
  email: string;
  files: readonly TrialFile[];
}

/**
 * Fills in a report in the real panel, up to its review step, stopping short
 * of Send (the caller presses it, to time that moment): opens the panel from
 * the launcher, types the summary and picks a category (step 1), passes step
 * 2, types what happened (step 3), attaches `files` through the step's file
 * input (step 4) and gives an e-mail on review.
 *
 * It runs inside the page as one script, filling each control and firing the
 * `input`/`change` events a user's typing fires, and pressing the panel's own
 * buttons: the same components and handlers as a user's session, without a
 * dozen round trips per trial to Playwright (whose actions each wait for
 * animation frames; at a hundred trials that is minutes).
 */
export async function fillReport(page: Page, report: TrialReport): Promise<void> {
  const files = report.files.map((file) => ({
    name: file.name,
    type: file.mimeType,
    base64: file.buffer.toString('base64'),
  }));
  await page.evaluate(
    async ({ summary, observed, email, files }) => {
      const root = document.querySelector('[data-destek]')?.shadowRoot;
      if (!root) throw new Error('No widget on the page');
      const until = async <T>(find: () => T | null | undefined, what: string): Promise<T> => {
        const end = Date.now() + 45_000;
        for (;;) {
          const found = find();
          if (found) return found;
          if (Date.now() > end) throw new Error(`Not shown within 45 s: ${what}`);
          await new Promise((done) => setTimeout(done, 20));
        }
      };
      const button = (label: RegExp) =>
        until(
          () =>
            [...root.querySelectorAll('button')].find((b) => label.test(b.textContent ?? '')) ??
            null,
          `the button ${label}`,
        );
      const control = (id: string) =>
        until(() => root.getElementById(id) as HTMLInputElement | HTMLSelectElement | null, id);
      const type = async (id: string, value: string) => {
        const field = await control(id);
        field.value = value;
        field.dispatchEvent(new Event('input', { bubbles: true }));
      };
      const step = (n: number) =>
        until(() => (root.textContent ?? '').includes(`Step ${n} of`) || null, `report step ${n}`);
      const next = async (to: number) => {
        (await button(/^Next$/)).click();
        await step(to);
      };

      (
        await until(() => root.querySelector<HTMLButtonElement>('button.launcher'), 'launcher')
      ).click();
      (await button(/Report a problem|Continue your report/)).click();
      // The draft may hold an earlier trial's text and files (a trial cut
      // before its report was saved keeps them, as it should for the user).
      // This trial is a new report, so it starts over.
      await step(1);
      (await button(/^Start over$/)).click();
      await type('destek-summary', summary);
      const category = await control('destek-category');
      category.value = 'payment';
      category.dispatchEvent(new Event('change', { bubbles: true }));
      await next(2);
      await next(3);
      await type('destek-observed', observed);
      await next(4);
      // What the OS picker does: set the hidden input's files and fire `change`.
      const input = await until(
        () => root.querySelector<HTMLInputElement>('input[type="file"]'),
        'the file input',
      );
      const list = new DataTransfer();
      for (const file of files) {
        const bytes = Uint8Array.from(atob(file.base64), (c) => c.charCodeAt(0));
        list.items.add(new File([bytes], file.name, { type: file.type }));
      }
      input.files = list.files;
      input.dispatchEvent(new Event('change', { bubbles: true }));
      for (const file of files) {
        await until(() => (root.textContent ?? '').includes(file.name) || null, file.name);
      }
      await next(5);
      await type('destek-contact-email', email);
    },
    { summary: report.summary, observed: report.observed, email: report.email, files },
  );
}
