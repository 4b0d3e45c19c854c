import { type ServerProcess, spawnServer } from '@destek/server/testing';

export type { ServerProcess };
export const SERVER_SITE_KEY = 'pk_adapter_http_test';
export const AGENT_TOKEN = 'agent-token-adapter-http-0123456789abcdef';
const AGENT_ID = '5d3f1e2a-7b4c-4d5e-8f60-718293a4b5c6';
const CONFIG = {
  sites: [
    {
      key: SERVER_SITE_KEY,
      name: 'Adapter tests',
      allowedOrigins: [],
      secret: 'adapter-http-site-secret-0123456789',
    },
  ],
  agents: [{ id: AGENT_ID, name: 'Aylin', token: AGENT_TOKEN }],
  heartbeatMs: 1000,
  faq: [
    {
      id: 'odeme-gorunmuyor',
      locale: 'tr',
      category: 'payment',
      title: 'Ödemem görünmüyor',
      summary: 'Bankanız onayladıysa 15 dakika içinde görünür.',
      steps: ['Sayfayı yenileyin.'],
      keywords: ['ödeme'],
      popularity: 3,
    },
  ],
  // E-mail on, so the adapter's transcript call is checked end to end; nothing listens on
  // port 9 of loopback, so the server gives each mail up after one try (and logs it).
  mail: { host: '127.0.0.1', port: 9, from: 'Destek <support@example.com>', attempts: 1 },
  // The conformance suite sends many reports from one visitor within a minute.
  rateLimits: {
    perIp: { limit: 100_000, windowSec: 60 },
    perVisitor: { limit: 100_000, windowSec: 60 },
    sessionsPerIp: { limit: 100_000, windowSec: 60 },
    reportsPerVisitor: { limit: 100_000, windowSec: 60 },
    mailsPerVisitor: { limit: 100_000, windowSec: 60 },
  },
};

/**
 * Starts `destek-server` with the adapter tests' config, on a free port in a
 * new temp folder, or again on `again`'s port and data (a restart).
 */
export function startServerProcess(again?: {
  port: number;
  dataDir: string;
}): Promise<ServerProcess> {
  return spawnServer({
    config: CONFIG,
    tempPrefix: 'destek-adapter-http-',
    ...(again ? { again } : {}),
  });
}
