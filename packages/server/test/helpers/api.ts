import { createHmac } from 'node:crypto';
import { newId, type Report } from '@destek/protocol';
import { AGENT_TOKEN, ORIGIN, SITE_KEY, SITE_SECRET } from './testConfig.ts';

/** A response body as tests read it: loosely, then checked by assertions and schemas. */
// biome-ignore lint/suspicious/noExplicitAny: test bodies are read loosely and checked by assertions
export type Loose = any;

/** The parts of a response tests look at. */
export interface Answer {
  status: number;
  headers: Headers;
  body: Loose;
}

/** A fresh anonymous id as the widget makes them. */
export function anonId(): string {
  return `anon_${newId().replaceAll('-', '')}`;
}

/** The host backend's identity signature. */
export function sign(userId: string, secret = SITE_SECRET): string {
  return createHmac('sha256', secret).update(userId).digest('hex');
}

/** Opens a session and returns the visitor token. */
export async function session(
  url: string,
  body: Record<string, unknown> = {},
  origin: string | null = ORIGIN,
): Promise<string> {
  const response = await fetch(`${url}/v1/sessions`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(origin ? { origin } : {}) },
    body: JSON.stringify({ siteKey: SITE_KEY, anonId: anonId(), ...body }),
  });
  if (response.status !== 201)
    throw new Error(`session failed: ${response.status} ${await response.text()}`);
  return ((await response.json()) as { token: string }).token;
}

/** A JSON request with a bearer token; returns status, headers and parsed body. */
export async function call(
  url: string,
  method: string,
  path: string,
  token: string | null,
  body?: unknown,
  headers: Record<string, string> = {},
): Promise<Answer> {
  const init: RequestInit = {
    method,
    headers: {
      ...(body !== undefined ? { 'content-type': 'application/json' } : {}),
      ...(token ? { authorization: `Bearer ${token}` } : {}),
      ...headers,
    },
  };
  if (body !== undefined) init.body = typeof body === 'string' ? body : JSON.stringify(body);
  const response = await fetch(`${url}${path}`, init);
  const text = await response.text();
  let parsed: unknown = text;
  try {
    parsed = text ? JSON.parse(text) : null;
  } catch {}
  return { status: response.status, headers: response.headers, body: parsed };
}

/** Agent API call. */
export function agent(url: string, method: string, path: string, body?: unknown) {
  return call(url, method, path, AGENT_TOKEN, body);
}

/** A valid report. */
export function report(overrides: Partial<Report> = {}): Report {
  return {
    clientReportId: newId(),
    summary: 'Deposit of 2500 TL not credited',
    stepsTried: ['Refreshed the balance page'],
    expected: 'The balance shows the deposit',
    observed: 'PMT-105 and no balance change',
    category: 'payments',
    priority: 'normal',
    errorCode: 'PMT-105',
    locale: 'tr',
    attachments: [],
    context: [{ key: 'browser', value: 'Chromium 156' }],
    ...overrides,
  };
}

/** Posts a report with its idempotency key. */
export function postReport(url: string, token: string, body: unknown, key: string = newId()) {
  return call(url, 'POST', '/v1/reports', token, body, { 'idempotency-key': key });
}

/** Uploads bytes as the multipart field `file`. */
export async function upload(
  url: string,
  token: string,
  bytes: Uint8Array,
  name: string,
  declaredType = 'application/octet-stream',
): Promise<Answer> {
  const form = new FormData();
  form.append('file', new Blob([bytes as Uint8Array<ArrayBuffer>], { type: declaredType }), name);
  const response = await fetch(`${url}/v1/attachments`, {
    method: 'POST',
    headers: { authorization: `Bearer ${token}` },
    body: form,
  });
  return { status: response.status, headers: response.headers, body: await response.json() };
}
