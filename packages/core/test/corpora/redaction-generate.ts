/**
 * Writes the redaction corpora (`redaction-positives.json`,
 * `redaction-benign.json`) from the templates and a seeded PRNG, so every
 * card, IBAN and kimlik number is valid by construction and every benign
 * number is invalid by construction. Run
 * `node packages/core/test/corpora/redaction-generate.ts`, then
 * `npx biome check --write packages/core/test/corpora` to format the JSON.
 */
import { writeFileSync } from 'node:fs';
import { benignFiller } from './redaction-benign-slots.ts';
import { BENIGN_TEMPLATES } from './redaction-benign-templates.ts';
import { positiveFiller } from './redaction-positive-slots.ts';
import { POSITIVE_TEMPLATES } from './redaction-positive-templates.ts';
import { prng } from './redaction-secrets.ts';

type Lang = 'en' | 'tr' | 'az';
const LANGS: Lang[] = ['en', 'tr', 'az'];
const r = prng(20260314);
const fillPositive = positiveFiller(r);
const fillBenign = benignFiller(r);

const positives: { id: string; lang: Lang; text: string; kinds: string[]; secrets: string[] }[] =
  [];
for (let round = 0; round < 5; round++) {
  for (const lang of LANGS) {
    for (const template of POSITIVE_TEMPLATES[lang]) {
      positives.push({ id: `p${positives.length + 1}`, lang, ...fillPositive(template) });
    }
  }
}
const benign: { id: string; lang: Lang; text: string }[] = [];
for (let round = 0; round < 7; round++) {
  for (const lang of LANGS) {
    for (const template of BENIGN_TEMPLATES[lang]) {
      benign.push({ id: `b${benign.length + 1}`, lang, text: fillBenign(template) });
    }
  }
}
const here = new URL('.', import.meta.url);
writeFileSync(new URL('redaction-positives.json', here), `${JSON.stringify(positives, null, 1)}\n`);
writeFileSync(new URL('redaction-benign.json', here), `${JSON.stringify(benign, null, 1)}\n`);
console.log(`wrote ${positives.length} positive and ${benign.length} benign items`);
