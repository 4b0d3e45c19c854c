// SIGKILL during concurrent report writes, many more cycles than CI's 50:
// every acknowledged report must survive, the database must pass
// `PRAGMA integrity_check`, and no attachment row may lack its file.
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runCrashCycles } from '../test/helpers/crashCycles.ts';

const cycles = Number(process.env.DESTEK_CRASH_CYCLES ?? 200);
const dataDir = await mkdtemp(join(tmpdir(), 'destek-crash-bench-'));
try {
  const result = await runCrashCycles({ cycles, dataDir });
  const figures = {
    crashCycles: result.cycles,
    acknowledgedReports: result.acknowledged,
    missingAfterRestart: result.missing.length,
    integrityCheck: result.integrity.join(' ') || 'ok',
    attachmentRowsWithoutFile: result.orphanRows,
    seconds: Math.round(result.ms / 100) / 10,
  };
  console.log(JSON.stringify(figures));
  if (figures.missingAfterRestart > 0 || figures.attachmentRowsWithoutFile > 0)
    process.exitCode = 1;
} finally {
  await rm(dataDir, { recursive: true, force: true });
}
