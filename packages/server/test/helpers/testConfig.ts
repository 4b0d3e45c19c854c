import type { ServerConfig, ServerConfigInput } from '../../src/config/configSchema.ts';
import { parseConfig } from '../../src/config/loadConfig.ts';

export const SITE_KEY = 'pk_test_shop_0001';
export const OTHER_SITE_KEY = 'pk_test_other_0002';
export const ORIGIN = 'https://shop.example.com';
export const OTHER_ORIGIN = 'https://other.example.org';
export const SITE_SECRET = 'site-secret-for-tests-0123456789';
export const AGENT_TOKEN = 'agent-token-for-tests-0123456789abcdef';
export const AGENT_ID = '0b6b7f3e-2f1a-4c3d-8e9f-a1b2c3d4e5f6';

/** A config for tests: two sites, one agent, generous limits unless overridden. */
export function testConfig(overrides: Partial<ServerConfigInput> = {}): ServerConfig {
  return parseConfig({
    sites: [
      { key: SITE_KEY, name: 'Shop', allowedOrigins: [ORIGIN], secret: SITE_SECRET },
      {
        key: OTHER_SITE_KEY,
        name: 'Other',
        allowedOrigins: [OTHER_ORIGIN],
        secret: SITE_SECRET,
        requireSignedIdentity: true,
      },
    ],
    agents: [{ id: AGENT_ID, name: 'Aylin', token: AGENT_TOKEN }],
    firstResponseMinutes: { urgent: 30, normal: 240, low: 1440 },
    faq: [
      {
        id: 'otp-not-received',
        locale: 'en',
        category: 'security',
        title: 'I do not receive the verification code',
        summary: 'Codes depend on your device clock. 2FA-03 often means the clock is wrong.',
        steps: ['Set the clock to automatic.'],
        keywords: ['2fa', 'otp', 'code'],
        popularity: 10,
      },
      {
        id: 'para-yatirma',
        locale: 'tr',
        category: 'payments',
        title: 'Yatırdığım para hesabıma geçmedi',
        summary: 'PMT-105 bankanızın yanıtıdır.',
        steps: [],
        keywords: ['yatırım', 'PMT'],
        popularity: 5,
      },
    ],
    heartbeatMs: 200,
    rateLimits: {
      perIp: { limit: 100_000, windowSec: 60 },
      perVisitor: { limit: 100_000, windowSec: 60 },
      sessionsPerIp: { limit: 100_000, windowSec: 60 },
      reportsPerVisitor: { limit: 100_000, windowSec: 60 },
    },
    ...overrides,
  });
}
