/** A received mail, decoded: what a person's mail program would show. */
export interface ReadMail {
  headers: Map<string, string>;
  subject: string;
  /** `Content-Type` of the (single) body. */
  contentType: string;
  text: string;
}

function decodeQuotedPrintable(value: string): Uint8Array {
  const bytes: number[] = [];
  const soft = value.replace(/=\r?\n/g, '');
  for (let i = 0; i < soft.length; i += 1) {
    const hex = soft.slice(i + 1, i + 3);
    if (soft[i] === '=' && /^[0-9A-F]{2}$/i.test(hex)) {
      bytes.push(Number.parseInt(hex, 16));
      i += 2;
    } else {
      bytes.push(...new TextEncoder().encode(soft[i]));
    }
  }
  return new Uint8Array(bytes);
}

/** RFC 2047 encoded words (`=?UTF-8?Q?…?=`, `=?UTF-8?B?…?=`), as nodemailer writes subjects. */
function decodeWords(value: string): string {
  return value
    .replace(/\?=\s+=\?/g, '?==?')
    .replace(
      /=\?([^?]+)\?([QB])\?([^?]*)\?=/gi,
      (_, charset: string, kind: string, data: string) => {
        const bytes =
          kind.toUpperCase() === 'B'
            ? Buffer.from(data, 'base64')
            : decodeQuotedPrintable(data.replaceAll('_', ' '));
        return new TextDecoder(charset).decode(bytes);
      },
    );
}

/**
 * Reads one single-part message as it arrived over SMTP: unfolds headers,
 * decodes the subject's encoded words and the body's transfer encoding. Just
 * enough of RFC 5322 for the server's own plain-text mails.
 */
export function readMail(raw: string): ReadMail {
  const split = raw.indexOf('\r\n\r\n');
  const head = raw.slice(0, split).replace(/\r\n[ \t]+/g, ' ');
  const body = raw.slice(split + 4);
  const headers = new Map<string, string>();
  for (const line of head.split('\r\n')) {
    const colon = line.indexOf(':');
    if (colon > 0) headers.set(line.slice(0, colon).toLowerCase(), line.slice(colon + 1).trim());
  }
  const encoding = (headers.get('content-transfer-encoding') ?? '7bit').toLowerCase();
  const bytes =
    encoding === 'base64'
      ? Buffer.from(body.replace(/\s+/g, ''), 'base64')
      : encoding === 'quoted-printable'
        ? decodeQuotedPrintable(body)
        : new TextEncoder().encode(body);
  return {
    headers,
    subject: decodeWords(headers.get('subject') ?? ''),
    contentType: headers.get('content-type') ?? '',
    text: new TextDecoder().decode(bytes).replace(/\r\n/g, '\n'),
  };
}
