const formats = new Map<string, Intl.DateTimeFormat>();

/** `14:05` (or `02:05 PM`) in the visitor's locale: a chat's messages are today's. */
export function chatTime(locale: string, iso: string): string {
  let format = formats.get(locale);
  if (!format) {
    format = new Intl.DateTimeFormat(locale, { hour: '2-digit', minute: '2-digit' });
    formats.set(locale, format);
  }
  const time = Date.parse(iso);
  return Number.isNaN(time) ? '' : format.format(time);
}
