import { existsSync } from 'node:fs';
import { mkdir, mkdtemp, rm, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type AttachmentMeta, newId } from '@destek/protocol';
import { createServer, type DestekServer } from '../../src/createServer.ts';
import type { MailMessage } from '../../src/mail/Mailer.ts';
import { agent, call, postReport, report, session, upload } from '../helpers/api.ts';
import { AGENT_ID, AGENT_TOKEN, testConfig } from '../helpers/testConfig.ts';

export const OTHER_AGENT_TOKEN = 'second-agent-token-for-fuzzing-0123456789';
/** Written outside the console folder: no answer may ever contain it. */
export const SECRET_MARKER = 'FUZZ-SECRET-9f1c2e7a-never-served';

/** Ids a route's cases aim at: the caller's own, someone else's, in every useful state. */
export interface Fixtures {
  /** `127.0.0.1:<port>`, for requests written by hand. */
  host: string;
  visitor: string;
  otherVisitor: string;
  /** The visitor's chats: waiting, taken by this agent, taken by the other agent. */
  conversations: string[];
  otherConversation: string;
  /** The visitor's tickets: new, and solved (so it can be rated). */
  tickets: string[];
  otherTicket: string;
  attachment: AttachmentMeta;
  otherAttachment: AttachmentMeta;
}

/** The server under fuzz: in this process, on a real socket, with a real SQLite file. */
export interface FuzzRig {
  server: DestekServer;
  host: string;
  port: number;
  url: string;
  mails: MailMessage[];
  /** Fresh ids for one route, so one route's damage (an ended chat) does not starve another. */
  fixtures(): Promise<Fixtures>;
  close(): Promise<void>;
}

/**
 * tmpfs when there is one: the file is a real SQLite database with
 * synchronous=FULL, but its fsyncs cost nothing, and the fuzz measures the
 * server's logic, not the disk. `DESTEK_FUZZ_TMP` picks another folder.
 */
function scratchRoot(): string {
  if (process.env.DESTEK_FUZZ_TMP) return process.env.DESTEK_FUZZ_TMP;
  return existsSync('/dev/shm') ? '/dev/shm' : tmpdir();
}

const generous = { limit: 10_000_000, windowSec: 60 };

export async function startFuzzRig(): Promise<FuzzRig> {
  const root = await mkdtemp(join(scratchRoot(), 'destek-fuzz-'));
  const consoleDir = join(root, 'console');
  await mkdir(join(consoleDir, 'assets'), { recursive: true });
  await writeFile(join(consoleDir, 'index.html'), '<!doctype html><title>console</title>');
  await writeFile(join(consoleDir, 'assets', 'app-1a2b3c.js'), 'console.log(1)');
  await writeFile(join(consoleDir, '.env'), SECRET_MARKER);
  await writeFile(join(root, 'secret.txt'), SECRET_MARKER);
  await writeFile(join(root, 'secret.js'), SECRET_MARKER);
  await symlink(join(root, 'secret.txt'), join(consoleDir, 'link.txt'));
  await symlink(root, join(consoleDir, 'up'));

  const mails: MailMessage[] = [];
  const server = createServer({
    sweepIntervalMs: 0,
    dataDir: join(root, 'data'),
    mailer: {
      async send(message) {
        if (mails.length < 1000) mails.push(message);
      },
    },
    config: testConfig({
      agents: [
        { id: AGENT_ID, name: 'Aylin', token: AGENT_TOKEN },
        { id: '1c2d3e4f-5a6b-4c7d-8e9f-0a1b2c3d4e5f', name: 'Murat', token: OTHER_AGENT_TOKEN },
      ],
      consoleDir,
      // Frequent: a stream whose client hung up is noticed at its next write.
      heartbeatMs: 1_000,
      cannedResponses: [{ id: 'hello', title: 'Hello', text: 'Merhaba!', locale: 'tr' }],
      rateLimits: {
        perIp: generous,
        perVisitor: generous,
        sessionsPerIp: generous,
        reportsPerVisitor: generous,
        mailsPerVisitor: generous,
      },
    }),
  });
  await server.ready;
  const address = await server.listen(0, '127.0.0.1');
  const url = address.url;

  const startChat = async (token: string) => {
    const answer = await call(url, 'POST', '/v1/conversations', token, {
      clientId: newId(),
      text: 'Param hesabıma geçmedi',
      category: 'payments',
      locale: 'tr',
      attachments: [],
      context: [],
    });
    if (answer.status !== 201) throw new Error(`fixture chat: ${answer.status}`);
    return answer.body.id as string;
  };

  return {
    server,
    host: address.host,
    port: address.port,
    url,
    mails,
    async fixtures() {
      await agent(url, 'POST', '/v1/agent/presence', { online: true });
      const visitor = await session(url);
      const otherVisitor = await session(url);
      const text = new TextEncoder().encode('fuzz fixture');
      const attachment = (await upload(url, visitor, text, 'fixture.txt')).body as AttachmentMeta;
      const otherAttachment = (await upload(url, otherVisitor, text, 'other.txt'))
        .body as AttachmentMeta;
      const fresh = (await postReport(url, visitor, report())).body.id as string;
      const solved = (await postReport(url, visitor, report())).body.id as string;
      await agent(url, 'POST', `/v1/agent/tickets/${solved}/replies`, {
        clientId: newId(),
        text: 'Çözüldü',
        status: 'solved',
      });
      const otherTicket = (await postReport(url, otherVisitor, report())).body.id as string;
      const waiting = await startChat(visitor);
      const mine = await startChat(visitor);
      const theirs = await startChat(visitor);
      const otherConversation = await startChat(otherVisitor);
      await agent(url, 'POST', `/v1/agent/conversations/${mine}/claim`);
      await call(url, 'POST', `/v1/agent/conversations/${theirs}/claim`, OTHER_AGENT_TOKEN);
      return {
        host: `${address.host}:${address.port}`,
        visitor,
        otherVisitor,
        conversations: [waiting, mine, theirs],
        otherConversation,
        tickets: [fresh, solved],
        otherTicket,
        attachment,
        otherAttachment,
      };
    },
    async close() {
      await server.close();
      await rm(root, { recursive: true, force: true });
    },
  };
}
