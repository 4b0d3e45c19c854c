/**
 * Redaction throughput and corpus accuracy. A plain script:
 * `node packages/core/bench/redaction.bench.ts` (Node 24 strips the types).
 * Builds a mixed corpus of at least 5 MB (benign support messages with one
 * message in ten carrying secrets), redacts it message by message as the
 * widget does, and prints one JSON line.
 */
import { readFileSync } from 'node:fs';
import { redactText } from '../src/redaction/redactText.ts';

interface PositiveItem {
  text: string;
  kinds: string[];
  secrets: string[];
}
interface BenignItem {
  text: string;
}

const corpora = new URL('../test/corpora/', import.meta.url);
const read = <T>(name: string): T[] => JSON.parse(readFileSync(new URL(name, corpora), 'utf8'));
const positives = read<PositiveItem>('redaction-positives.json');
const benign = read<BenignItem>('redaction-benign.json');

let masked = 0;
for (const item of positives) {
  const { text, findings } = redactText(item.text);
  const kinds = new Set(findings.map((finding) => finding.kind));
  const ok = item.secrets.every((s) => !text.includes(s)) && item.kinds.every((k) => kinds.has(k));
  if (ok) masked++;
}
const falselyMasked = benign.filter((item) => redactText(item.text).text !== item.text).length;

// The mixed corpus: every tenth message carries secrets, the rest are benign.
const TARGET_BYTES = 5 * 1024 * 1024;
const encoder = new TextEncoder();
const messages: string[] = [];
let bytes = 0;
for (let i = 0; bytes < TARGET_BYTES; i++) {
  const source = i % 10 === 9 ? positives[i % positives.length] : benign[i % benign.length];
  const text = `${source?.text ?? ''} (#${i})`;
  messages.push(text);
  bytes += encoder.encode(text).length;
}

// Warm up, then time three passes and keep the best (least disturbed by other work).
for (const text of messages.slice(0, 2000)) redactText(text);
let best = Number.POSITIVE_INFINITY;
for (let pass = 0; pass < 3; pass++) {
  const started = performance.now();
  for (const text of messages) redactText(text);
  best = Math.min(best, performance.now() - started);
}
const megabytes = bytes / (1024 * 1024);

// One large text (a long pasted log) in a single call, best of three as well.
const big = messages.join('\n');
let bigBest = Number.POSITIVE_INFINITY;
for (let pass = 0; pass < 3; pass++) {
  const started = performance.now();
  redactText(big);
  bigBest = Math.min(bigBest, performance.now() - started);
}
const bigSeconds = bigBest / 1000;

console.log(
  JSON.stringify({
    redactionMBps: Number((megabytes / (best / 1000)).toFixed(2)),
    singleTextMBps: Number((megabytes / bigSeconds).toFixed(2)),
    corpusMB: Number(megabytes.toFixed(2)),
    messages: messages.length,
    positives: { total: positives.length, masked },
    benign: {
      total: benign.length,
      falselyMasked,
      rate: Number((falselyMasked / benign.length).toFixed(4)),
    },
  }),
);
