import { LIMITS, reportSchema, validate } from '@destek/protocol';
import { describe, expect, it } from 'vitest';
import { resolveConfig } from '../../src/config/resolveConfig.ts';
import type { CaptureSnapshot } from '../../src/context/CapturedEntry.ts';
import { captureFacts } from '../../src/context/captureFacts.ts';
import { collectContext } from '../../src/context/collectContext.ts';
import { plainBackend } from '../support/plainBackend.ts';

function snapshot(consoleCount: number, errorCount: number, requestCount: number): CaptureSnapshot {
  return {
    console: Array.from({ length: consoleCount }, (_, i) => ({
      kind: 'console' as const,
      at: i,
      message: `log ${i}`,
    })),
    errors: Array.from({ length: errorCount }, (_, i) => ({
      kind: 'rejection' as const,
      at: i,
      message: `Error: boom ${i}`,
      source: null,
    })),
    requests: Array.from({ length: requestCount }, (_, i) => ({
      kind: 'request' as const,
      at: i,
      method: 'POST',
      url: `https://api.example/pay/${i}`,
      status: i % 2 === 0 ? 503 : null,
      error: i % 2 === 0 ? null : 'TypeError',
      durationMs: 120.4,
    })),
  };
}

describe('captureFacts', () => {
  it('words each entry as a fact, oldest first', () => {
    expect(captureFacts(snapshot(1, 1, 2), 10)).toEqual([
      { key: 'error.1', value: 'unhandled rejection: Error: boom 0' },
      { key: 'request.1', value: 'POST https://api.example/pay/0 → 503 (120 ms)' },
      { key: 'request.2', value: 'POST https://api.example/pay/1 → TypeError (120 ms)' },
      { key: 'console.1', value: 'log 0' },
    ]);
  });

  it('shares a small budget between the rings, keeping the newest of each', () => {
    const facts = captureFacts(snapshot(20, 1, 20), 7);
    expect(facts.map((f) => f.value)).toEqual([
      'unhandled rejection: Error: boom 0',
      'POST https://api.example/pay/17 → TypeError (120 ms)',
      'POST https://api.example/pay/18 → 503 (120 ms)',
      'POST https://api.example/pay/19 → TypeError (120 ms)',
      'log 17',
      'log 18',
      'log 19',
    ]);
  });

  it('keeps a report with full rings within the wire fact limit', async () => {
    const config = resolveConfig({
      backend: plainBackend(),
      app: { version: '1.0.0' },
      platform: { href: 'https://a.example/' },
    });
    const context = await collectContext(config, config.platform, {
      captured: snapshot(30, 30, 30),
    });
    expect(context).toHaveLength(LIMITS.facts);
    const report = {
      clientReportId: '5d2c1b0a-3e4f-4a5b-9c6d-7e8f9a0b1c2d',
      summary: 'Deposit fails',
      stepsTried: [],
      expected: '',
      observed: 'PMT-105',
      category: 'payment',
      priority: 'normal',
      locale: 'en',
      attachments: [],
      context,
    };
    expect(validate(reportSchema, report).ok).toBe(true);
  });
});
