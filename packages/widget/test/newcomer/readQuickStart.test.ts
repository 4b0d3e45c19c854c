import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { demoCommand } from './readQuickStart.ts';

const ROOT = join(import.meta.dirname, '../../../..');

describe('demoCommand', () => {
  it("reads the demo command from this README's Quick start", async () => {
    const readme = await readFile(join(ROOT, 'README.md'), 'utf8');
    expect(demoCommand(readme)).toBe('source scripts/toolchain.sh && pnpm install && pnpm demo');
  });

  it('fails when the Quick start no longer runs the demo', async () => {
    const readme = await readFile(join(ROOT, 'README.md'), 'utf8');
    const drifted = readme.replace('pnpm demo\n```', 'pnpm start\n```');
    expect(drifted).not.toBe(readme);
    expect(() => demoCommand(drifted)).toThrow(/no sh block running "pnpm demo"/);
  });

  it('does not take a demo command from outside the Quick start', () => {
    const readme = '# X\n\n## Quick start\n\nNothing.\n\n## Other\n\n```sh\npnpm demo\n```\n';
    expect(() => demoCommand(readme)).toThrow(/no sh block/);
    expect(() => demoCommand('# X\n```sh\npnpm demo\n```\n')).toThrow(/no "## Quick start"/);
  });
});
