import { describe, expect, it } from 'vitest';
import {
  ID_PATTERN,
  newId,
  newReference,
  REFERENCE_ALPHABET,
  REFERENCE_PATTERN,
} from '../src/index.ts';

describe('ids', () => {
  it('makes UUID v4 ids that match the wire pattern and do not repeat', () => {
    const ids = new Set(Array.from({ length: 5000 }, newId));
    expect(ids.size).toBe(5000);
    for (const id of ids) expect(id).toMatch(ID_PATTERN);
  });

  it('makes references from the unambiguous alphabet only', () => {
    for (let i = 0; i < 2000; i++) expect(newReference()).toMatch(REFERENCE_PATTERN);
    expect(REFERENCE_ALPHABET).not.toMatch(/[01ILOUV]/);
  });

  it('uses every character of the alphabet', () => {
    const seen = new Set<string>();
    for (let i = 0; i < 2000; i++) for (const c of newReference().slice(3)) seen.add(c);
    expect(seen.size).toBe(REFERENCE_ALPHABET.length);
  });
});
