import type { Duplex } from 'node:stream';
import { ERROR_STATUS, type ErrorCode, errorBody } from '@destek/protocol';

/**
 * Answers written straight to a socket, for requests Node handles before any
 * route sees them. Node's own answers there are bare (a `400` without a
 * body, or a closed connection); these carry the protocol's error body, so
 * every refusal has a stable code.
 */

const REASONS: Partial<Record<number, string>> = { 400: 'Bad Request', 405: 'Method Not Allowed' };

/** Node's own words for the failures that have a status of their own and no code here. */
const NODE_ANSWERS: Readonly<Record<string, string>> = {
  HPE_HEADER_OVERFLOW: 'HTTP/1.1 431 Request Header Fields Too Large\r\nConnection: close\r\n\r\n',
  ERR_HTTP_REQUEST_TIMEOUT: 'HTTP/1.1 408 Request Timeout\r\nConnection: close\r\n\r\n',
};

function rawAnswer(code: ErrorCode, message: string): string {
  const status = ERROR_STATUS[code];
  const body = JSON.stringify(errorBody(code, message));
  return `HTTP/1.1 ${status} ${REASONS[status] ?? 'Error'}\r\nContent-Type: application/json; charset=utf-8\r\nContent-Length: ${Buffer.byteLength(body)}\r\nConnection: close\r\n\r\n${body}`;
}

function endWith(socket: Duplex, answer: string): void {
  socket.end(answer, () => socket.destroy());
}

/**
 * `clientError`: Node's parser refused the request (a broken request line,
 * conflicting lengths, a bad chunk, a folded header). An oversize head (431)
 * and a request timeout (408) keep Node's answers, as no code has their
 * status. As in Node, nothing is written once an answer has started.
 */
export function answerClientError(error: NodeJS.ErrnoException, socket: Duplex): void {
  const written = (socket as Duplex & { bytesWritten?: number }).bytesWritten ?? 0;
  if (!socket.writable || written > 0 || error.code === 'ECONNRESET') {
    socket.destroy();
    return;
  }
  endWith(
    socket,
    NODE_ANSWERS[error.code ?? ''] ?? rawAnswer('invalid_parameter', 'The request is malformed'),
  );
}

/** `connect`: a CONNECT (tunnel) request, which Node would answer by hanging up. */
export function refuseConnect(_request: unknown, socket: Duplex): void {
  endWith(socket, rawAnswer('method_not_allowed', 'This server is not a proxy'));
}
