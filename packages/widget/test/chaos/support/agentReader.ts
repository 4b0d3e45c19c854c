import { createHash } from 'node:crypto';

/** A ticket as the agent API lists it. */
export interface ListedTicket {
  id: string;
  reference: string;
  summary: string;
  visitor: string;
}

/** A file attached to a ticket: the server's meta and the hash of the bytes it serves. */
export interface StoredFile {
  name: string;
  bytes: number;
  /** What the server recorded at upload (computed from the bytes it kept). */
  sha256: string;
  /** Computed here from the bytes the agent API serves for it now. */
  servedSha256: string;
}

/** Reads tickets back the way a support agent would: over the agent API, with its token. */
export interface AgentReader {
  /** Every ticket (newest first); the API lists at most 500, so a run keeps under that per server. */
  list(): Promise<ListedTicket[]>;
  /** The files of one ticket, each downloaded and hashed. */
  files(ticketId: string): Promise<StoredFile[]>;
}

export function agentReader(serverUrl: string, token: string): AgentReader {
  const get = async (path: string): Promise<Response> => {
    const response = await fetch(`${serverUrl}${path}`, {
      headers: { authorization: `Bearer ${token}` },
    });
    if (!response.ok) throw new Error(`GET ${path} answered ${response.status}`);
    return response;
  };
  return {
    async list() {
      const body = (await (await get('/v1/agent/tickets?limit=500')).json()) as {
        tickets: ListedTicket[];
      };
      return body.tickets;
    },
    async files(ticketId) {
      const detail = (await (await get(`/v1/agent/tickets/${ticketId}`)).json()) as {
        report: {
          attachments?: Array<{ id: string; name: string; bytes: number; sha256: string }>;
        };
      };
      const out: StoredFile[] = [];
      for (const meta of detail.report.attachments ?? []) {
        const bytes = Buffer.from(
          await (await get(`/v1/agent/attachments/${meta.id}`)).arrayBuffer(),
        );
        out.push({
          name: meta.name,
          bytes: meta.bytes,
          sha256: meta.sha256,
          servedSha256: sha256(bytes),
        });
      }
      return out;
    },
  };
}

export function sha256(bytes: Uint8Array): string {
  return createHash('sha256').update(bytes).digest('hex');
}
