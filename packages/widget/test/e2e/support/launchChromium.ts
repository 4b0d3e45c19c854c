// One launcher for every browser test and benchmark: see the console's test support.
export { launchChromium } from '@destek/console/test/support/launchChromium.ts';
