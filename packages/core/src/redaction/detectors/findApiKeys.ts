import type { Span } from '../Span.ts';

/**
 * Keys that announce themselves by a vendor prefix: Stripe (`sk_live_`,
 * `rk_test_`, `whsec_`), GitHub (`ghp_`, `gho_`, `github_pat_`…), Slack
 * (`xoxb-`, `xoxp-`…), AWS access key ids (`AKIA`, `ASIA`), Google (`AIza`),
 * OpenAI/Anthropic (`sk-`, `sk-proj-`, `sk-ant-`), GitLab (`glpat-`), npm
 * (`npm_`), SendGrid (`SG.`), Shopify (`shpat_`). Each alternative starts with
 * a fixed prefix and ends in one character class, so matching is linear.
 */
const API_KEY =
  /(?<![A-Za-z0-9_-])(?:(?:sk|rk)_(?:live|test)_[A-Za-z0-9]{10,}|whsec_[A-Za-z0-9]{16,}|gh[pousr]_[A-Za-z0-9]{30,}|github_pat_[A-Za-z0-9_]{30,}|xox[abposr]-[A-Za-z0-9-]{10,}|(?:AKIA|ASIA)[A-Z0-9]{16}|AIza[A-Za-z0-9_-]{35}|sk-(?:proj-|ant-)?[A-Za-z0-9_-]{20,}|glpat-[A-Za-z0-9_-]{20,}|npm_[A-Za-z0-9]{36}|SG\.[A-Za-z0-9_-]{16,}\.[A-Za-z0-9_-]{16,}|shpat_[a-fA-F0-9]{32})/g;

/** API keys recognised by their vendor prefix. */
export function findApiKeys(text: string): Span[] {
  const spans: Span[] = [];
  API_KEY.lastIndex = 0;
  for (let match = API_KEY.exec(text); match !== null; match = API_KEY.exec(text)) {
    spans.push({ start: match.index, end: match.index + match[0].length, kind: 'secret' });
  }
  return spans;
}
