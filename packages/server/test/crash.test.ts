import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, it } from 'vitest';
import { runCrashCycles } from './helpers/crashCycles.ts';

// `pnpm bench` runs many more cycles through the same function.
const CYCLES = Number(process.env.DESTEK_CRASH_CYCLES ?? 50);

it(
  `keeps every acknowledged report through ${CYCLES} SIGKILLs during concurrent writes`,
  async () => {
    const dataDir = await mkdtemp(join(tmpdir(), 'destek-crash-'));
    try {
      const result = await runCrashCycles({ cycles: CYCLES, dataDir });
      expect(result.acknowledged).toBeGreaterThan(CYCLES);
      expect(result.missing).toEqual([]);
      expect(result.integrity).toEqual(['ok']);
      expect(result.orphanRows).toBe(0);
    } finally {
      await rm(dataDir, { recursive: true, force: true });
    }
    // Each cycle starts a process and kills it; a loaded CI machine needs seconds per cycle.
  },
  Math.max(240_000, CYCLES * 12_000),
);
