/**
 * Delivery under chaos, at scale: 1,000 trials (CI runs 100) of a user
 * filing a report with attachments in the script-tag widget while the
 * network fails at random, cut off between Send and the acknowledgement by
 * closing the page, quitting the browser or killing it, then coming back.
 * Passes when the server's tickets are exactly the reports sent, once each,
 * every file byte for byte. See packages/widget/test/chaos/README.md.
 *
 * `node packages/widget/bench/chaos.bench.ts` (Node 24 strips the types);
 * DESTEK_CHAOS_TRIALS, DESTEK_CHAOS_SEED, DESTEK_CHAOS_LANES as in the test.
 * Progress goes to stderr; the last stdout line is one JSON object.
 */
import { resolve } from 'node:path';
import { chaosSettings } from '../test/chaos/support/chaosSettings.ts';
import { ISSUE_RATES } from '../test/chaos/support/injectChaos.ts';
import { describeTrial } from '../test/chaos/support/judgeTrial.ts';
import { runChaos } from '../test/chaos/support/runChaos.ts';
import { servedWidget } from './servedWidget.ts';

const root = resolve(import.meta.dirname, '../../..');
const log = (message: string) => process.stderr.write(`chaos: ${message}\n`);

// The trials measure the code as it is (rebuilt when any source is newer than
// the build), from a private copy: a rebuild of dist/ during the run would swap
// the chunks' hashed names.
const served = servedWidget(root, log);
const scriptDir = served.dir;

const settings = chaosSettings(process.env, 1000);
log(`seed ${settings.seed}, ${settings.trials} trials, ${settings.lanes} lanes`);
let done = 0;
try {
  const result = await runChaos({
    ...settings,
    scriptDir,
    log: (line) => {
      done += 1;
      if (line.includes('FAIL') || done % 50 === 0) log(`${done} done; ${line}`);
    },
  });
  const { failures, ...figures } = result;
  const output = {
    ...figures,
    lanes: settings.lanes,
    // Per request: dropped (half after the server answered), 500, 429 with Retry-After 1-2 s.
    rates: ISSUE_RATES,
    failed: failures.length,
    firstFailures: failures.slice(0, 5).map((f) => describeTrial(f).slice(0, 400)),
  };
  process.stdout.write(`${JSON.stringify(output)}\n`);
  if (failures.length > 0) process.exitCode = 1;
} finally {
  served.remove();
}
