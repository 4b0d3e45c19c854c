import { rm } from 'node:fs/promises';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ensureScriptBuild } from '../e2e/support/ensureScriptBuild.ts';
import { chaosSettings } from './support/chaosSettings.ts';
import { describeTrial } from './support/judgeTrial.ts';
import { runChaos } from './support/runChaos.ts';

// Real Chromium on a profile folder, the built destek.js, the reference server
// as its own process; a failing network between them; pages closed, browsers
// quit and killed between Send and the acknowledgement. See README.md here.
const settings = chaosSettings(process.env, 100);
let scriptDir = '';

// DESTEK_CHAOS_SCRIPT_DIR runs the trials against another build of the script
// (a deliberately broken one, to see this test fail); it is left as it is.
const givenBuild = process.env.DESTEK_CHAOS_SCRIPT_DIR;

beforeAll(async () => {
  scriptDir = givenBuild ?? (await ensureScriptBuild());
}, 200_000);

afterAll(async () => {
  if (!givenBuild && scriptDir) await rm(scriptDir, { recursive: true, force: true });
});

describe('delivery under chaos', () => {
  it(
    `delivers every report once, files intact, across ${settings.trials} interrupted sends`,
    async () => {
      // Printed first, so a failing run can be replayed (DESTEK_CHAOS_SEED, DESTEK_CHAOS_ONLY).
      console.log(
        `chaos: seed ${settings.seed}, ${settings.trials} trials, ${settings.lanes} lanes`,
      );
      let done = 0;
      const result = await runChaos({
        ...settings,
        scriptDir,
        log: (line) => {
          done += 1;
          if (line.includes('FAIL') || done % 25 === 0) console.log(`chaos: ${done} done; ${line}`);
        },
      });
      const { failures, ...figures } = result;
      console.log(`chaos: ${JSON.stringify(figures)}`);
      expect(failures.map(describeTrial), `seed ${settings.seed}`).toEqual([]);
      expect(result.lost).toBe(0);
      expect(result.duplicated).toBe(0);
      expect(result.unexpected).toBe(0);
      // Every file of every report that was sent is on its ticket, byte for byte.
      expect(result.attachments.verified).toBe(result.attachments.sent);
      // The trials did meet the chaos they are about.
      expect(result.trials).toBe(settings.only?.length ?? settings.trials);
      if (result.trials >= 30) {
        for (const count of Object.values(result.modes)) expect(count).toBeGreaterThan(0);
        expect(result.fates['dropped-after']).toBeGreaterThan(0);
        expect(result.fates['rate-limited']).toBeGreaterThan(0);
      }
    },
    // Only a guard against a hang: 100 trials took 12 min at a load average of 15 on 2 cores.
    settings.trials * 20_000 + 120_000,
  );
});
