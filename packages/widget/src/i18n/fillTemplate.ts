/** Values a message template may name. Numbers are formatted by the caller's locale. */
export type MessageParams = Readonly<Record<string, string | number>>;

const PLACEHOLDER = /\{([a-zA-Z][\w]*)\}/g;

/**
 * Replaces `{name}` placeholders with their values. The result is plain text
 * for `textContent`: nothing here is ever parsed as HTML. A placeholder with
 * no value stays visible, so a missing parameter shows in review, not as "".
 */
export function fillTemplate(
  template: string,
  params: MessageParams,
  formatNumber: (value: number) => string,
): string {
  return template.replace(PLACEHOLDER, (whole, name: string) => {
    const value = params[name];
    if (value === undefined) return whole;
    return typeof value === 'number' ? formatNumber(value) : value;
  });
}

/** The placeholder names a template uses, sorted, for the catalog test. */
export function placeholdersOf(template: string): string[] {
  return [...new Set([...template.matchAll(PLACEHOLDER)].map((m) => m[1] ?? ''))].sort();
}
