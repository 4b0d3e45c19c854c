const MAX = 500;

function cut(text: string): string {
  return text.length > MAX ? `${text.slice(0, MAX - 1)}…` : text;
}

/**
 * A console argument or rejection reason as one short line of text. Errors
 * give `Name: message` (no stack: it names the host's files, not the problem);
 * objects are JSON where possible. Never throws, even on hostile getters.
 */
export function describeValue(value: unknown): string {
  try {
    if (typeof value === 'string') return cut(value);
    if (
      value instanceof Error ||
      (typeof value === 'object' && value !== null && 'message' in value && 'name' in value)
    ) {
      const { name, message } = value as { name: unknown; message: unknown };
      return cut(`${String(name)}: ${String(message)}`);
    }
    if (typeof value === 'object' && value !== null)
      return cut(JSON.stringify(value) ?? String(value));
    return cut(String(value));
  } catch {
    return '[unprintable]';
  }
}
