import type { RedactionFinding } from '@destek/protocol';
import { applySpans } from './applySpans.ts';
import { findApiKeys } from './detectors/findApiKeys.ts';
import { findBearerTokens } from './detectors/findBearerTokens.ts';
import { findEmails } from './detectors/findEmails.ts';
import { findIbans } from './detectors/findIbans.ts';
import { findJwts } from './detectors/findJwts.ts';
import { findKeyedSecrets } from './detectors/findKeyedSecrets.ts';
import { findNumbers } from './detectors/findNumbers.ts';
import { findPemBlocks } from './detectors/findPemBlocks.ts';
import { findSecretPairs } from './detectors/findSecretPairs.ts';
import { findSecretQueryParams } from './detectors/findSecretQueryParams.ts';
import { findUrlCredentials } from './detectors/findUrlCredentials.ts';
import { REDACTION_KINDS, type RedactionKind } from './RedactionKind.ts';
import {
  type RedactionPolicy,
  type ResolvedRedactionPolicy,
  resolveRedactionPolicy,
} from './RedactionPolicy.ts';
import type { Span } from './Span.ts';

/** The redacted text and what was hidden, one finding per kind with its count. */
export interface RedactionResult {
  text: string;
  findings: RedactionFinding[];
}

/**
 * The value of a header, pair or URL parameter may itself be a JWT or a vendor
 * key; then the more precise kind is reported, so `Authorization: Bearer eyJ…`
 * counts one `jwt`.
 */
function precise(text: string, spans: Span[]): Span[] {
  return spans.map((span) => {
    const value = text.slice(span.start, span.end);
    const whole = (found: Span[]): boolean => found.length === 1 && found[0]?.end === value.length;
    if (whole(findJwts(value))) return { ...span, kind: 'jwt' };
    if (whole(findApiKeys(value))) return { ...span, kind: 'secret' };
    return span;
  });
}

type Layer = (text: string) => Span[];

/**
 * The detectors in order of priority. Each runs on the text as the layers
 * before it left it, with their secrets already replaced by markers, so a
 * secret is claimed once (a card inside a URL's credentials is counted as the
 * credentials) and the last layer sees what a second run would see.
 */
function layers({ on, maskEmail }: ResolvedRedactionPolicy): Layer[] {
  const when = (kind: RedactionKind, layer: Layer): Layer[] => (on.has(kind) ? [layer] : []);
  const onlyOn = (spans: Span[]): Span[] => spans.filter((span) => on.has(span.kind));
  return [
    ...when('pem', findPemBlocks),
    ...when('url-credentials', findUrlCredentials),
    (text) => onlyOn(precise(text, findSecretQueryParams(text))),
    (text) => onlyOn(precise(text, findBearerTokens(text))),
    (text) => onlyOn(precise(text, findSecretPairs(text))),
    ...when('jwt', findJwts),
    ...when('secret', findApiKeys),
    ...when('iban', findIbans),
    ...(maskEmail ? [(text: string) => findEmails(text)] : []),
    (text) => findNumbers(text, on),
    ...when('secret', findKeyedSecrets),
  ];
}

/**
 * Extra runs over a piece whose first run found something. Masking can make
 * a secret glued to another one visible (`…9476şifre: x` reads as a pair only
 * once the card before it is a marker); running again until nothing changes
 * is what makes redacting the output a no-op. Each run that changes the text
 * masks at least one character, and in practice the second run finds nothing.
 */
const MAX_EXTRA_RUNS = 4;

/** The pipeline of the default policy, built once: most calls use it. */
const DEFAULT_PIPELINE = layers(resolveRedactionPolicy());

function redactPiece(text: string, pipeline: Layer[], counts: Map<RedactionKind, number>): string {
  let current = text;
  for (let run = 0; run <= MAX_EXTRA_RUNS; run++) {
    const before = current;
    for (const layer of pipeline) current = applySpans(current, layer(current), counts);
    if (current === before) break;
  }
  return current;
}

/**
 * Replaces every secret in `text` with a marker such as `[card]` or
 * `[password]` and lists what was hidden. Pure string code (no DOM), for
 * browsers and Node; it never throws, each detector is one linear pass, and
 * redacting its own output changes nothing.
 *
 * @param policy - what to hide; by default everything, emails included.
 */
export function redactText(text: string, policy?: RedactionPolicy): RedactionResult {
  const resolved = resolveRedactionPolicy(policy);
  const pipeline = policy === undefined ? DEFAULT_PIPELINE : layers(resolved);
  const counts = new Map<RedactionKind, number>();
  let out: string;
  if (resolved.maskEmail) {
    out = redactPiece(text, pipeline, counts);
  } else {
    // Kept addresses are cut out first, so no detector masks a piece of one.
    out = '';
    let at = 0;
    for (const email of findEmails(text)) {
      out += redactPiece(text.slice(at, email.start), pipeline, counts);
      out += text.slice(email.start, email.end);
      at = email.end;
    }
    out += redactPiece(text.slice(at), pipeline, counts);
  }
  const findings: RedactionFinding[] = [];
  for (const kind of REDACTION_KINDS) {
    const count = counts.get(kind);
    if (count !== undefined) findings.push({ kind, count: Math.min(count, 100_000) });
  }
  return { text: out, findings };
}
