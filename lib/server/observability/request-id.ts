import { randomBytes } from 'node:crypto';

// What nginx's $request_id (32 hex digits), UUIDs and the usual tracing ids look like; anything else (spaces,
// quotes, control characters, a mile of text) could forge or flood log lines and is replaced.
const SANE = /^[A-Za-z0-9][A-Za-z0-9._:-]{7,127}$/;

/** A new request id: 32 hex digits, the shape nginx gives its own. */
export function newRequestId(): string {
  return randomBytes(16).toString('hex');
}

/** The proxy's X-Request-Id when it is a sane token, else a fresh id. */
export function requestIdFrom(header: string | string[] | undefined): string {
  const value = Array.isArray(header) ? header[0] : header;
  return value !== undefined && SANE.test(value) ? value : newRequestId();
}
