// The one result of every server action and the one error body of every API, shared with client code.
import type { AppErrorCode } from '@/lib/errors';

/** A refused call: a code, a message for the form and, for invalid input, a message per field. */
export interface Failure {
  ok: false;
  code: AppErrorCode;
  formError?: string;
  fieldErrors?: Record<string, string>;
}

export type ActionResult<T> = { ok: true; data: T } | Failure;

/** The JSON body of every API error: `{ "error": { "code", "message" }, "errors"?: { field: message } }`. */
export interface ErrorEnvelope {
  error: { code: AppErrorCode; message: string };
  errors?: Record<string, string>;
}
