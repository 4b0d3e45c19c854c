import type { Locator, Page } from 'playwright-core';

// What an agent does in the console, by its labels and roles as a person
// (or a screen reader) finds them. Shared by the console's own end-to-end
// test and the widget's two-context chat test (as
// `@destek/console/test/support/agentConsole.ts`).

/** The open chat's transcript (a log). */
export function transcript(page: Page): Locator {
  return page.getByRole('log', { name: 'Transcript' });
}

/** The open chat's messages as the agent reads them, in screen order. */
export function transcriptTexts(page: Page): Promise<string[]> {
  return transcript(page)
    .locator('css=.message-text')
    .evaluateAll((texts) => texts.map((text) => text.textContent ?? ''));
}

/**
 * Opens the console at `consoleUrl` and signs in with `token`; resolves once
 * the server has counted the agent as online (signing in turns the switch on,
 * and the console says so in a request of its own after the Queue shows).
 */
export async function signIn(page: Page, consoleUrl: string, token: string): Promise<void> {
  await page.goto(consoleUrl);
  await page.getByLabel('Agent token').fill(token);
  const online = page.waitForResponse(
    (response) =>
      response.url().endsWith('/v1/agent/presence') &&
      response.request().postData() === '{"online":true}' &&
      response.ok(),
  );
  await page.getByRole('button', { name: 'Sign in' }).click();
  await page.getByRole('heading', { name: 'Queue', level: 1 }).waitFor();
  await online;
}

/** The queue's card for the waiting chat whose first message contains `preview`. */
export function queueCard(page: Page, preview: string): Locator {
  return page
    .getByRole('list', { name: 'Waiting chats' })
    .getByRole('listitem')
    .filter({ hasText: preview });
}

/**
 * Goes to the queue, claims the chat whose first message contains `preview`
 * and waits for its screen; answers the conversation id (from the address).
 */
export async function claimChat(page: Page, preview: string): Promise<string> {
  await page.getByRole('link', { name: /Queue/ }).click();
  await page.getByRole('heading', { name: 'Queue', level: 1 }).waitFor();
  const card = queueCard(page, preview);
  // The queue is polled: a chat started a moment ago shows within a few seconds.
  await card.getByRole('button', { name: 'Claim' }).click({ timeout: 15_000 });
  await page.waitForURL(/#\/chats\//);
  await page.getByRole('heading', { name: 'Chat', level: 1 }).waitFor();
  const id = /#\/chats\/([^/?]+)/.exec(page.url())?.[1];
  if (!id) throw new Error(`No conversation id in ${page.url()}`);
  return decodeURIComponent(id);
}

/**
 * Sends `text` from the open chat's reply box (Enter sends) and waits until
 * the server took it: the box empties only then. Typing the next reply
 * earlier would be cleared by that.
 */
export async function sendReply(page: Page, text: string): Promise<void> {
  const box = page.getByLabel('Your reply');
  await box.fill(text);
  await box.press('Enter');
  await page.waitForFunction(
    () => (document.getElementById('chat-reply-text') as HTMLTextAreaElement | null)?.value === '',
    undefined,
    { timeout: 15_000 },
  );
}

/** Closes the open chat with the closing note the visitor sees (and a next check, `YYYY-MM-DD`). */
export async function closeChat(page: Page, note: string, nextCheck?: string): Promise<void> {
  await page.getByLabel('Closing note').fill(note);
  if (nextCheck) await page.getByLabel('Next check (optional)').fill(nextCheck);
  await page.getByRole('button', { name: 'Close chat' }).click();
  await page.getByText('This chat has ended; replies are closed.').waitFor();
}

/** Opens the ticket with `reference` from the Tickets screen. */
export async function openTicket(page: Page, reference: string): Promise<void> {
  await page.getByRole('link', { name: 'Tickets' }).click();
  await page.getByRole('heading', { name: 'Tickets', level: 1 }).waitFor();
  await page.getByRole('link', { name: new RegExp(reference) }).click();
  await page.getByRole('heading', { name: new RegExp(reference), level: 1 }).waitFor();
}

/** Replies to the user from the open ticket, leaving it in `status`, and waits until it is listed. */
export async function replyToTicket(
  page: Page,
  text: string,
  status: 'pending' | 'open' | 'solved' = 'pending',
): Promise<void> {
  await page.getByLabel('Reply to the user').fill(text);
  await page.getByLabel('Then set the status to').selectOption(status);
  await page.getByRole('button', { name: 'Send reply' }).click();
  await page
    .getByRole('region', { name: 'Conversation' })
    .getByRole('listitem')
    .filter({ hasText: text.slice(0, 40) })
    .first()
    .waitFor();
}
