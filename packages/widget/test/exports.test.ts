import { expect, it } from 'vitest';
import * as entry from '../src/index.ts';

// Pins the public surface: a change here is a change of the package's API.
it('exports exactly these names', () => {
  expect(Object.keys(entry).sort()).toEqual(['createWidget']);
});
