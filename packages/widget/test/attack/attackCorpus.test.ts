import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { redactText } from '@destek/core';
import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { agentApi } from '../e2e/support/agentApi.ts';
import {
  fillReportToReview,
  openPanel,
  panelDialog,
  referenceShown,
} from '../e2e/support/panel.ts';
import { shopPage, strictCsp } from '../e2e/support/shopPage.ts';
import type { HostPage } from '../e2e/support/startPageServer.ts';
import { AGENT_TOKEN, SITE_KEY } from '../e2e/support/startReferenceServer.ts';
import { type PageLog, watchPage } from '../e2e/support/watchPage.ts';
import { agentCall, agentReply } from './agentCall.ts';
import { type AttackPayload, attackCorpus } from './attackCorpus.ts';
import { readTraps, setTraps } from './attackTraps.ts';
import { attackVisitor } from './attackVisitor.ts';
import { type FaqGroup, faqArticles } from './faqArticles.ts';
import { inBatches } from './inBatches.ts';
import { inspectSurface, type SurfaceShape } from './inspectSurface.ts';
import { type AttackRig, startAttackRig } from './startAttackRig.ts';
import { expectInert, expectRefused, expectShapeSafe, expectShown } from './surfaceChecks.ts';
import { typedValue, typeInComposer } from './typeInComposer.ts';
import { fitsLine, fitsLineLength, fitsText, wellFormed } from './wireFits.ts';

// Every payload of the corpus through every surface that shows text, in real
// Chromium against the reference server as its own process: the widget on a
// host page with a strict CSP, and the agent console the server serves with
// its own. Many payloads share one page load (a chat, a help list, a ticket).

const corpus = attackCorpus();
const NONCE = 'Att4ckN0nce';
// biome-ignore lint/suspicious/noControlCharactersInRegex: finding them is the point.
const UNSAFE_IN_NAMES = /[\u0000-\u001f\u200b-\u200f\u202a-\u202e\u2066-\u2069\ufeff]/;
const MESSAGE_CHARS = 4000;
const NAME_CHARS = 120;
const SUMMARY_CHARS = 200;
const STEP_CHARS = 500;
const FACT_CHARS = 1000;
/** The agent who takes the chats: an operator may name agents anything the config allows. */
const MAIN_AGENT = byId('html:img-onerror');
const AGENT_NAMES = [
  MAIN_AGENT.text,
  ...corpus.filter((p) => p !== MAIN_AGENT && fitsLine(p.text, NAME_CHARS)).map((p) => p.text),
];
const FAQ = faqArticles(corpus, 'server', 'wire', Number.POSITIVE_INFINITY);
// The option takes at most 200 articles; payloads past the 200th title still come as summaries and steps.
const FAQ_OPTION = faqArticles(corpus, 'option', 'option', 200);
/** The widget's own elements in a thread, a help list or a ticket; anything else came from a payload. */
const WIDGET_TAGS = new Set([
  'a',
  'button',
  'div',
  'label',
  'li',
  'ol',
  'p',
  'progress',
  'span',
  'strong',
  'ul',
]);
/** The console's own elements in a transcript, a queue or a ticket. */
const CONSOLE_TAGS = new Set([
  ...WIDGET_TAGS,
  ...['article', 'dd', 'details', 'dl', 'dt', 'form', 'h1', 'h2', 'h3', 'header', 'input', 'nav'],
  ...['section', 'select', 'option', 'summary', 'textarea', 'time', 'em', 'small', 'svg', 'path'],
  ...['aside', 'code'],
]);

let rig: AttackRig;
let agent: ReturnType<typeof agentApi>;
const contexts: BrowserContext[] = [];

function byId(id: string): AttackPayload {
  const found = corpus.find((payload) => payload.id === id);
  if (!found) throw new Error(`No payload ${id}`);
  return found;
}

beforeAll(async () => {
  rig = await startAttackRig({ agentNames: AGENT_NAMES, faq: FAQ.articles });
  agent = agentApi(rig.server.url);
  rig.pages.set('/', {
    headers: {
      'content-security-policy': strictCsp(rig.server.url, NONCE),
    },
    html: shopPage(rig.server.url, { nonce: NONCE }),
  });
}, 180_000);

afterAll(async () => {
  for (const context of contexts) await context.close();
  await rig?.stop();
}, 60_000);

/** A fresh browser context with the traps set, on `url`, watched from its first request. */
async function trappedPage(url: string): Promise<{ page: Page; log: PageLog }> {
  const context = await rig.browser.newContext();
  contexts.push(context);
  await setTraps(context);
  const page = await context.newPage();
  const log = watchPage(page);
  await page.goto(url);
  return { page, log };
}

/** The agent console, signed in as the main agent, at `route` (`#/…`). */
async function consoleAt(route: string): Promise<{ page: Page; log: PageLog }> {
  const { page, log } = await trappedPage(rig.consoleUrl);
  await page.getByLabel('Agent token').fill(rig.agents[0]?.token ?? '');
  await page.getByLabel('Agent token').press('Enter');
  await page.getByRole('heading', { name: 'Queue', level: 1 }).waitFor();
  await page.evaluate((hash) => {
    location.hash = hash;
  }, route);
  return { page, log };
}

/** `value` as JSON safe inside an inline script: no `</script>` or line separator can end it early. */
function inlineJson(value: unknown): string {
  return JSON.stringify(value)
    .replaceAll('<', '\\u003c')
    .replaceAll('\u2028', '\\u2028')
    .replaceAll('\u2029', '\\u2029');
}

/** A visitor on the host page in a chat the main agent has taken, its first message `first`. */
async function chatWithAgent(first: string): Promise<{ page: Page; log: PageLog; id: string }> {
  await agent.online();
  const { page, log } = await trappedPage(`${rig.pages.origin}/`);
  await startChat(page, first);
  const id = await agent.queued(first);
  await agent.claim(id);
  await panelDialog(page)
    .getByRole('heading', { name: `Chatting with ${MAIN_AGENT.text}` })
    .waitFor();
  return { page, log, id };
}

/** The thread, once it shows `count` messages. */
async function threadWhenShown(page: Page, count: number): Promise<SurfaceShape> {
  const read = () =>
    inspectSurface(page, { selector: '.thread', items: '.bubble', inWidget: true });
  await expect.poll(async () => (await read()).texts.length, { timeout: 60_000 }).toBe(count);
  return read();
}

/** The host page's own body, as it was served: the widget added its one host element. */
async function expectHostUntouched(page: Page): Promise<void> {
  expect(await page.evaluate(() => [...document.body.children].map((el) => el.localName))).toEqual([
    'h1',
    'script',
    'div',
  ]);
}

/** The chat `id` in the agent console: `count` messages, each of `texts` shown as text. */
async function expectConsoleTranscript(id: string, count: number, texts: string[]): Promise<void> {
  const { page, log } = await consoleAt(`#/chats/${id}`);
  const transcript = page.getByRole('log', { name: 'Transcript' });
  await expect
    .poll(() => transcript.locator('li.message').count(), { timeout: 30_000 })
    .toBe(count);
  const shown = await inspectSurface(page, { selector: '[role="log"]', inWidget: false });
  expectShown(shown.text, texts);
  expectShapeSafe(shown, CONSOLE_TAGS);
  await expectInert(page, log, rig.server.url);
}

/**
 * Opens Help and searches each group's word: the list shows the group's
 * titles and summaries, and its first article its steps, all as text.
 */
async function expectHelpGroups(page: Page, groups: readonly FaqGroup[]): Promise<void> {
  await openPanel(page);
  await page.getByRole('button', { name: /Find an answer/ }).click();
  const dialog = panelDialog(page);
  const search = dialog.getByLabel('Search for an answer');
  for (const group of groups) {
    await search.fill(group.word);
    const list = () =>
      inspectSurface(page, { selector: 'ul.menu', items: '.menu-item strong', inWidget: true });
    await expect
      .poll(async () => (await list().catch(() => null))?.texts.slice(0, group.titles.length), {
        timeout: 15_000,
      })
      .toEqual(group.titles);
    const shown = await inspectSurface(page, {
      selector: 'ul.menu',
      items: '.menu-item .clamp',
      inWidget: true,
    });
    // A short last group is followed by weaker matches: its own come first.
    expect(shown.texts.slice(0, group.summaries.length)).toEqual(group.summaries);
    expectShapeSafe(shown, WIDGET_TAGS);
    if (group.steps.length === 0) continue;
    await dialog.locator('css=ul.menu .menu-item').first().click();
    const article = () =>
      inspectSurface(page, { selector: '.body', items: 'ol.steps > li', inWidget: true });
    await expect
      .poll(async () => (await article()).texts, { timeout: 15_000 })
      .toEqual(group.steps);
    const read = await article();
    expect(read.text.startsWith(`${group.titles[0]}${group.summaries[0]}`)).toBe(true);
    expectShapeSafe(read, new Set([...WIDGET_TAGS, 'h3', 'h4', 'fieldset', 'legend']));
    await dialog.getByRole('button', { name: 'Back' }).click();
  }
}

async function startChat(page: Page, summary: string): Promise<void> {
  await openPanel(page);
  await page.getByRole('button', { name: /Chat with us/ }).click();
  await page.getByLabel('Summary', { exact: false }).fill(summary);
  await page.getByLabel('Category', { exact: false }).selectOption('payment');
  await page.getByRole('button', { name: 'Start chat' }).click();
  await panelDialog(page).getByRole('heading', { name: 'Waiting for an agent' }).waitFor();
}

describe('the attack corpus', () => {
  it('has over two hundred payloads in every family, each id once', () => {
    expect(corpus.length).toBeGreaterThanOrEqual(200);
    expect(new Set(corpus.map((p) => p.id)).size).toBe(corpus.length);
    const families = new Set(corpus.map((p) => p.family));
    expect(families.size).toBe(12);
  });

  it("stays text in a live chat: all the agent says, under the agent's hostile name, widget and console", async () => {
    const { page, log, id } = await chatWithAgent(
      'Attack chat, agent side <img src=x onerror="__pwn(\'first-agent\')">',
    );
    // What fits a message is said (eight at a time); the rest the server refuses.
    const agentSays = corpus.filter((p) => fitsText(p.text, MESSAGE_CHARS));
    await inBatches(agentSays, 8, (payload) => agent.say(id, payload.text));
    const refused = await inBatches(
      corpus.filter((p) => !agentSays.includes(p)),
      16,
      async (payload) => {
        const answer = await agentCall(
          rig.server.url,
          AGENT_TOKEN,
          `conversations/${id}/messages`,
          {
            clientId: crypto.randomUUID(),
            text: payload.text,
          },
        );
        return { id: payload.id, status: answer.status };
      },
    );
    expect(refused.length).toBeGreaterThan(0);
    expectRefused(refused);

    const stored = (await agent.conversation(id)).messages;
    expect(
      stored
        .filter((m) => m.from === 'agent')
        .map((m) => m.text)
        .sort(),
    ).toEqual(agentSays.map((p) => p.text).sort());
    const thread = await threadWhenShown(page, stored.length);
    await expectInert(page, log, rig.server.url);
    expect(thread.texts).toEqual(stored.map((m) => m.text));
    const metas = await inspectSurface(page, {
      selector: '.thread',
      items: '.msg.theirs .msg-meta',
      inWidget: true,
    });
    expect(metas.texts.length).toBe(agentSays.length);
    expect(metas.texts.filter((meta) => !meta.startsWith(`${MAIN_AGENT.text} · `))).toEqual([]);
    expectShapeSafe(thread, WIDGET_TAGS);
    expect(thread.links.length).toBeGreaterThan(0);
    await expectHostUntouched(page);
    await expectInert(page, log, rig.server.url);
    await expectConsoleTranscript(
      id,
      stored.length,
      stored.map((m) => m.text),
    );
  }, 180_000);

  it('stays text in a live chat: all the visitor types, and file names, widget and console', async () => {
    const first = 'Attack chat, visitor side <img src=x onerror="__pwn(\'first-visitor\')">';
    const { page, log, id } = await chatWithAgent(first);
    const dialog = panelDialog(page);
    // Every payload typed; what the wire refuses stays in the thread as "Not sent".
    const typed = corpus
      .map((p) => redactText(typedValue(p.text, MESSAGE_CHARS).trim()).text)
      .filter((t) => t !== '');
    const delivered = typed.filter((t) => fitsText(t, MESSAGE_CHARS));
    const notSent = typed.filter((t) => !fitsText(t, MESSAGE_CHARS));
    expect(notSent.length).toBeGreaterThan(0);
    await typeInComposer(
      page,
      corpus.map((p) => p.text),
    );
    const sending = dialog.locator('css=.msg-state:not(.error)');
    await expect.poll(() => sending.count(), { timeout: 150_000, interval: 1000 }).toBe(0);

    // Files: the first few upload under their (cleaned) names, the rest are refused by name.
    const fileNames = corpus.map((p) => p.text);
    const exe = `${byId('html:img-onerror').text}.exe`;
    await page.locator('[data-destek] >> css=.composer input[type="file"]').setInputFiles([
      ...fileNames.map((name) => ({
        name,
        mimeType: 'text/plain',
        buffer: Buffer.from('notes\n'),
      })),
      { name: exe, mimeType: 'application/x-msdownload', buffer: Buffer.from('MZ') },
    ]);
    const alert = page.locator('[data-destek] >> css=[role="alert"]');
    const alerted = async () => (await alert.textContent()) ?? '';
    await expect
      .poll(async () => /at most \d+ files/.test(await alerted()), { timeout: 15_000 })
      .toBe(true);
    // The chat's own limit on files, as the refusal names it.
    const accepted = Number(/at most (\d+) files/.exec(await alerted())?.[1]);
    // A lone surrogate cannot cross into the page: the browser's File holds U+FFFD.
    expectShown(await alerted(), [
      ...fileNames
        .slice(accepted)
        .map((name) => `${wellFormed(name)} was not added: at most ${accepted} files.`),
      `${exe}: this type of file cannot be attached.`,
    ]);
    const withFiles = async () =>
      (
        (await agent.conversation(id)) as unknown as {
          messages: Array<{ attachments: Array<{ name: string }> }>;
        }
      ).messages.flatMap((m) => m.attachments.map((file) => file.name));
    await expect.poll(async () => (await withFiles()).length, { timeout: 30_000 }).toBe(accepted);
    const storedNames = await withFiles();
    // Stored names are display names: no bidi override, zero-width or control character left.
    expect(storedNames.filter((name) => UNSAFE_IN_NAMES.test(name))).toEqual([]);

    // The server keeps what the visitor typed, redacted, in order; the thread shows it so.
    const stored = (await agent.conversation(id)).messages;
    const sayings = stored.filter((m) => m.text !== '');
    expect(sayings.map((m) => m.text)).toEqual([redactText(first).text, ...delivered]);
    const thread = await threadWhenShown(page, stored.length + notSent.length);
    expect(thread.texts.slice(0, sayings.length)).toEqual(sayings.map((m) => m.text));
    expectShown(thread.texts.join('\n'), [
      ...storedNames.map((name) => `File: ${name} (`),
      ...notSent,
    ]);
    expectShapeSafe(thread, WIDGET_TAGS);
    await expectHostUntouched(page);
    await expectInert(page, log, rig.server.url);
    await expectConsoleTranscript(id, stored.length, [
      ...sayings.map((m) => m.text),
      ...storedNames,
    ]);
  }, 240_000);

  it('stays text in every help article the server serves: titles, summaries, steps', async () => {
    const { page, log } = await trappedPage(`${rig.pages.origin}/`);
    await expectHelpGroups(page, FAQ.groups);
    // Everything that fits an article was listed; the rest the server's config refuses.
    const listed = new Set(FAQ.groups.flatMap((g) => [...g.titles, ...g.summaries, ...g.steps]));
    expect(
      corpus
        .filter((p) => !listed.has(p.text))
        .map((p) => p.id)
        .filter((id) => fitsText(byId(id).text, 1000)),
    ).toEqual([]);
    await expectInert(page, log, rig.server.url);
  }, 180_000);

  it('stays text in ticket replies under My requests, by hostile-named agents, and in the console ticket', async () => {
    const { page, log } = await trappedPage(`${rig.pages.origin}/`);
    await openPanel(page);
    const summary = byId('mxss:img-in-attr').text;
    await fillReportToReview(page, summary);
    await page.getByRole('button', { name: 'Send report' }).click();
    const reference = await referenceShown(page);
    const { data } = await agentCall(rig.server.url, AGENT_TOKEN, 'tickets');
    const ticket = (data as { tickets: Array<{ id: string; reference: string }> }).tickets.find(
      (t) => t.reference === reference,
    );
    if (!ticket) throw new Error(`No ticket ${reference}`);

    // Reply k comes from agent k (round the list): every name and every reply that fits is shown.
    const replies = corpus.filter((p) => fitsText(p.text, MESSAGE_CHARS));
    const sent = await inBatches(replies, 8, async (payload, index) => {
      const from = rig.agents[index % rig.agents.length];
      if (!from) throw new Error('No agents');
      return (await agentReply(rig.server.url, from.token, ticket.id, payload.text)).status;
    });
    expect(sent.filter((status) => status !== 201)).toEqual([]);
    const refused = await inBatches(
      corpus.filter((p) => !replies.includes(p)),
      16,
      async (payload) => ({
        id: payload.id,
        status: (await agentReply(rig.server.url, AGENT_TOKEN, ticket.id, payload.text)).status,
      }),
    );
    expectRefused(refused);
    const detail = (await agentCall(rig.server.url, AGENT_TOKEN, `tickets/${ticket.id}`)).data as {
      entries: Array<{ from: string; author?: string; text: string }>;
    };
    const fromAgents = detail.entries.filter((entry) => entry.from === 'agent');
    expect(fromAgents.map((entry) => entry.text).sort()).toEqual(replies.map((p) => p.text).sort());
    expect(new Set(fromAgents.map((entry) => entry.author)).size).toBe(rig.agents.length);

    await page.reload();
    await openPanel(page);
    await page.getByRole('button', { name: /My requests/ }).click();
    await panelDialog(page)
      .getByRole('button', { name: new RegExp(reference) })
      .click();
    const entries = () =>
      inspectSurface(page, {
        selector: '.body',
        items: 'li.entry',
        omit: '.entry-meta',
        inWidget: true,
      });
    const wanted = fromAgents.map((entry) => entry.text);
    await expect
      .poll(
        async () =>
          (await entries().catch(() => null))?.texts.filter((t) => wanted.includes(t)).length,
        {
          timeout: 30_000,
        },
      )
      .toBe(wanted.length);
    const shown = await entries();
    expect(shown.texts.filter((t) => wanted.includes(t))).toEqual(wanted);
    expect(shown.text).toContain(summary);
    const metas = await inspectSurface(page, {
      selector: '.body',
      items: 'li.entry .entry-meta',
      inWidget: true,
    });
    const agentMetas = metas.texts.filter(
      (meta) => !meta.startsWith('You ') && !meta.startsWith('Update '),
    );
    expect(agentMetas.map((meta) => meta.slice(0, meta.lastIndexOf(' · ')))).toEqual(
      fromAgents.map((entry) => entry.author),
    );
    expectShapeSafe(
      shown,
      new Set([...WIDGET_TAGS, 'h3', 'h4', 'form', 'textarea', 'fieldset', 'legend', 'input']),
    );
    await expectInert(page, log, rig.server.url);

    const { page: desk, log: deskLog } = await consoleAt(`#/tickets/${ticket.id}`);
    await desk
      .getByText(wanted.at(-1) ?? '', { exact: false })
      .first()
      .waitFor({ timeout: 30_000 });
    const main = await inspectSurface(desk, { selector: 'main', inWidget: false });
    expectShown(main.text, [summary, ...wanted, ...rig.agents.map((a) => a.name)]);
    expectShapeSafe(main, CONSOLE_TAGS);
    await expectInert(desk, deskLog, rig.server.url);
  }, 240_000);

  it('stays text in the console: reports, their facts, the queue, file names, and a server error it quotes', async () => {
    // Chats wait in the queue only while an agent is online.
    await agent.online();
    const visitor = await attackVisitor(rig.server.url);
    const steps = corpus.filter((p) => fitsText(p.text, STEP_CHARS)).map((p) => p.text);
    const facts = corpus.filter((p) => fitsLine(p.text, FACT_CHARS)).map((p) => p.text);
    // What is too long for a step goes in the details (expected, observed).
    const details = corpus
      .filter((p) => fitsText(p.text, MESSAGE_CHARS) && !fitsText(p.text, STEP_CHARS))
      .map((p) => p.text);
    const summaries = corpus.filter((p) => fitsLine(p.text, SUMMARY_CHARS)).map((p) => p.text);
    const names = corpus.filter((p) => fitsLine(p.text, NAME_CHARS)).map((p) => p.text);
    const count = Math.max(
      Math.ceil(steps.length / 20),
      Math.ceil(details.length / 2),
      Math.ceil(facts.length / 64),
    );
    const reports: Array<{ id: string; shows: string[] }> = [];
    for (let r = 0; r < count; r += 1) {
      const fields = {
        summary: summaries[r % summaries.length],
        stepsTried: steps.slice(r * 20, (r + 1) * 20),
        expected: details[(2 * r) % details.length] ?? '',
        observed: details[(2 * r + 1) % details.length] ?? 'Observed',
        contact: { name: names[r % names.length], email: 'ayla@example.com' },
        context: facts
          .slice(r * 64, (r + 1) * 64)
          .map((value, i) => ({ key: `fact.n${i}`, value })),
      };
      const answer = await visitor.report(fields);
      expect(answer.status).toBe(201);
      reports.push({
        id: (answer.data as { id: string }).id,
        shows: [
          fields.summary ?? '',
          ...fields.stepsTried,
          fields.expected ?? '',
          fields.observed ?? '',
          fields.contact.name ?? '',
          ...fields.context.map((f) => f.value),
        ],
      });
    }
    // Every payload that fits one of the report's fields is in some report.
    const inReports = new Set(reports.flatMap((r) => r.shows));
    expect(
      corpus
        .filter((p) => fitsText(p.text, MESSAGE_CHARS) && !inReports.has(p.text))
        .map((p) => p.id),
    ).toEqual([]);
    const refused = await inBatches(
      corpus.filter((p) => !fitsLine(p.text, SUMMARY_CHARS)),
      16,
      async (payload) => ({
        id: payload.id,
        status: (await visitor.report({ summary: payload.text, observed: 'x' })).status,
      }),
    );
    expectRefused(refused);
    // A contact address must be an address: the server takes none of these.
    const addresses = await inBatches(corpus, 16, async (payload) => ({
      id: payload.id,
      status: (
        await visitor.report({
          summary: 'Contact test',
          observed: 'x',
          contact: { email: payload.text },
        })
      ).status,
    }));
    expectRefused(addresses);

    // One waiting chat per family: the queue shows each first message as its preview.
    const firsts = [
      ...new Map(
        corpus.filter((p) => fitsText(p.text, MESSAGE_CHARS)).map((p) => [p.family, p]),
      ).values(),
    ];
    const started = await inBatches(firsts, 8, async (payload) => {
      const other = await attackVisitor(rig.server.url);
      return (await other.startChat(payload.text)).status;
    });
    expect(started.filter((status) => status !== 201)).toEqual([]);

    // Every payload as a file name, five to a message: the server stores a cleaned display name.
    const uploader = await attackVisitor(rig.server.url);
    const chat = await uploader.startChat('Files with hostile names');
    const chatId = (chat.data as { id: string }).id;
    const uploads = await inBatches(corpus, 8, (payload) => uploader.upload(payload.text));
    expect(
      uploads.filter((answer) => answer.status !== 201).map((answer) => answer.status),
    ).toEqual([]);
    const metas = uploads.map((answer) => answer.data as { name: string });
    expect(metas.map((meta) => meta.name).filter((name) => UNSAFE_IN_NAMES.test(name))).toEqual([]);
    for (let start = 0; start < metas.length; start += 5) {
      const answer = await uploader.say(chatId, '', metas.slice(start, start + 5));
      expect(answer.status).toBe(201);
    }

    const { page: desk, log } = await consoleAt(`#/chats/${chatId}`);
    const transcript = desk.getByRole('log', { name: 'Transcript' });
    await expect
      .poll(() => transcript.locator('li.message').count(), { timeout: 30_000 })
      .toBe(1 + Math.ceil(metas.length / 5));
    const files = await inspectSurface(desk, { selector: '[role="log"]', inWidget: false });
    expectShown(
      files.text,
      metas.map((meta) => meta.name),
    );
    expectShapeSafe(files, CONSOLE_TAGS);

    await desk.evaluate(() => {
      location.hash = '#/queue';
    });
    await expect
      .poll(
        async () =>
          (await inspectSurface(desk, { selector: 'main', inWidget: false })).text.includes(
            firsts.at(-1)?.text ?? '',
          ),
        {
          timeout: 30_000,
        },
      )
      .toBe(true);
    const queue = await inspectSurface(desk, { selector: 'main', inWidget: false });
    expectShown(
      queue.text,
      firsts.map((p) => p.text),
    );
    expectShapeSafe(queue, CONSOLE_TAGS);

    for (const report of reports) {
      await desk.evaluate((hash) => {
        location.hash = hash;
      }, `#/tickets/${report.id}`);
      await expect
        .poll(
          async () =>
            (await inspectSurface(desk, { selector: 'main', inWidget: false })).text.includes(
              report.shows[0] ?? '',
            ),
          {
            timeout: 30_000,
          },
        )
        .toBe(true);
      const main = await inspectSurface(desk, { selector: 'main', inWidget: false });
      expectShown(main.text, report.shows);
      expectShapeSafe(main, CONSOLE_TAGS);
    }

    // A server's refusal quoted by the console (`Not possible now: <message>.`) stays text too.
    const quoted = byId('mxss:noscript-title').text;
    await desk.route('**/v1/agent/tickets/*/replies', (route) =>
      route.fulfill({
        status: 409,
        contentType: 'application/json',
        body: JSON.stringify({ error: { code: 'conflict', message: quoted } }),
      }),
    );
    await desk.getByLabel('Reply to the user').fill('Checking your report now.');
    await desk.getByRole('button', { name: 'Send reply' }).click();
    const alert = desk.locator('main [role="alert"]').first();
    await expect.poll(() => alert.textContent(), { timeout: 15_000 }).toContain(quoted);
    expectShapeSafe(
      await inspectSurface(desk, { selector: 'main', inWidget: false }),
      CONSOLE_TAGS,
    );
    await expectInert(desk, log, rig.server.url);
  }, 240_000);

  it('stays text in help articles from the faq option, and refuses by name one that does not fit', async () => {
    const snippet = (await readFile(join(rig.scriptDir, 'snippet.min.js'), 'utf8')).replace(
      'https://support.example.com/widget/destek.js',
      `${rig.pages.origin}/widget/destek.js`,
    );
    expect(snippet).toContain(`${rig.pages.origin}/widget/destek.js`);
    const pageWith = (faq: unknown[]): HostPage => ({
      // The snippet adds destek.js itself: 'strict-dynamic' trusts what a nonced script adds.
      headers: {
        'content-security-policy': strictCsp(rig.server.url, NONCE, {
          scriptSrc: " 'strict-dynamic'",
        }),
      },
      html: `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Shop</title></head>
<body><h1>Shop</h1>
<script nonce="${NONCE}">
${snippet}
Destek('init', ${inlineJson({ server: rig.server.url, siteKey: SITE_KEY, faq })});
</script>
</body></html>`,
    });
    rig.pages.set('/faq-option', pageWith(FAQ_OPTION.articles));
    const { page, log } = await trappedPage(`${rig.pages.origin}/faq-option`);
    await expectHelpGroups(page, FAQ_OPTION.groups);
    await expectInert(page, log, rig.server.url);

    // Titles the option cannot hold (too long, or more than one line): one clear error, no widget.
    const unfit = corpus.filter((p) => !fitsLineLength(p.text, 200));
    expect(unfit.length).toBeGreaterThan(0);
    rig.pages.set(
      '/faq-option-unfit',
      pageWith(unfit.map((p, index) => ({ id: `unfit-${index}`, title: p.text }))),
    );
    const refused = await trappedPage('about:blank');
    const errors: string[] = [];
    refused.page.on('console', (message) => {
      if (message.type() === 'error') errors.push(message.text());
    });
    await refused.page.goto(`${rig.pages.origin}/faq-option-unfit`);
    await expect
      .poll(
        () => errors.filter((text) => /option "faq\.0\.title" is not valid/.test(text)).length,
        {
          timeout: 20_000,
        },
      )
      .toBe(1);
    expect(await refused.page.locator('[data-destek]').count()).toBe(0);
    expect(await readTraps(refused.page)).toEqual({ hits: [], violations: [] });
  }, 180_000);

  it('shows a server error body in its own words, never the hostile message or field', async () => {
    const { page, log } = await trappedPage(`${rig.pages.origin}/`);
    const message = byId('html:iframe-srcdoc').text;
    const field = byId('breakout:double-quote').text;
    await page.route(`${rig.server.url}/v1/reports`, (route) =>
      route.fulfill({
        status: 422,
        contentType: 'application/json',
        headers: { 'access-control-allow-origin': rig.pages.origin },
        body: JSON.stringify({ error: { code: 'invalid_body', message, field } }),
      }),
    );
    await openPanel(page);
    await fillReportToReview(page, 'Error body: my deposit is missing');
    await page.getByRole('button', { name: 'Send report' }).click();
    const dialog = panelDialog(page);
    await dialog
      .getByText(/refused/)
      .first()
      .waitFor({ timeout: 20_000 });
    const shown = (await dialog.textContent()) ?? '';
    expect(shown).not.toContain(message);
    expect(shown).not.toContain(field);
    await expectInert(page, log, rig.server.url);
  }, 120_000);
});
