import { fieldOfPath } from '@/lib/edge/field-errors';
import { type ErrorKey, errorMessage } from '@/lib/i18n/errors';

/** Codes of the failures a user can cause and must be told about; the edge maps each to one HTTP status. */
export type AppErrorCode =
  | 'NOT_FOUND'
  | 'REGISTRATION_CLOSED'
  | 'REGISTRATION_CANCELLED'
  | 'EVENT_FULL'
  | 'ALREADY_REGISTERED'
  | 'CONFLICT'
  | 'UNAUTHORIZED'
  | 'FORBIDDEN'
  | 'INVALID_INPUT'
  | 'BOT_SUSPECTED'
  | 'RATE_LIMITED'
  | 'PAYLOAD_TOO_LARGE'
  | 'UNSUPPORTED_MEDIA_TYPE'
  | 'INTERNAL_ERROR'
  | 'SERVICE_UNAVAILABLE';

export const HTTP_STATUS: Record<AppErrorCode, number> = {
  NOT_FOUND: 404,
  REGISTRATION_CLOSED: 403,
  REGISTRATION_CANCELLED: 409,
  EVENT_FULL: 409,
  ALREADY_REGISTERED: 409,
  // The request is valid but the state it acts on has moved on (e.g. already decided, already handed over).
  CONFLICT: 409,
  UNAUTHORIZED: 401,
  FORBIDDEN: 403,
  INVALID_INPUT: 400,
  BOT_SUSPECTED: 400,
  RATE_LIMITED: 429,
  PAYLOAD_TOO_LARGE: 413,
  UNSUPPORTED_MEDIA_TYPE: 415,
  INTERNAL_ERROR: 500,
  SERVICE_UNAVAILABLE: 503,
};

/**
 * An expected failure: a code (→ HTTP status) and a message key of the `errors` dictionary, turned into text in
 * the reader's language at the edge. `message` holds the German text for logs.
 */
export class AppError extends Error {
  readonly code: AppErrorCode;
  readonly status: number;
  readonly key: ErrorKey;
  readonly values: Record<string, string | number>;
  /** For INVALID_INPUT that belongs to form fields: per field a validation key, an error key or finished text. */
  readonly fieldErrors?: Record<string, MessageRef>;
  /** Seconds until a rate-limited caller may try again (429 Retry-After). */
  retryAfterSeconds?: number;

  constructor(
    code: AppErrorCode,
    key: ErrorKey,
    values: Record<string, string | number> = {},
    fieldErrors?: Record<string, MessageRef>,
  ) {
    super(errorMessage(key, 'de', values));
    this.name = 'AppError';
    this.code = code;
    this.status = HTTP_STATUS[code];
    this.key = key;
    this.values = values;
    this.fieldErrors = fieldErrors;
  }
}

/** A validation key (lib/edge/field-errors.ts), finished text, or an error key with its placeholder values. */
export type MessageRef = string | { key: ErrorKey; values?: Record<string, string | number> };

/** INVALID_INPUT for one form field: the form shows the text next to that field. */
export function fieldError(field: string, key: ErrorKey, values: Record<string, string | number> = {}): AppError {
  return new AppError('INVALID_INPUT', key, values, { [field]: { key, values } });
}

/** INVALID_INPUT from zod issues: each field gets the key (or text) its schema named. */
export function inputError(issues: readonly { path: readonly PropertyKey[]; message: string }[]): AppError {
  const fieldErrors: Record<string, MessageRef> = {};
  for (const issue of issues) fieldErrors[fieldOfPath(issue.path)] ??= issue.message;
  return new AppError('INVALID_INPUT', 'invalidInput', {}, fieldErrors);
}

type SafeParseResult<O> =
  | { success: true; data: O }
  | { success: false; error: { issues: readonly { path: readonly PropertyKey[]; message: string }[] } };

/**
 * Parses with a schema only known at run time (built from the event's questions); INVALID_INPUT when it fails.
 * Typed by its safeParse, so that zod/mini schemas (the registration's, which the browser loads too) fit as well.
 */
export function parseInput<O>(schema: { safeParse(value: unknown): SafeParseResult<O> }, value: unknown): O {
  const parsed = schema.safeParse(value);
  if (!parsed.success) throw inputError(parsed.error.issues);
  return parsed.data;
}

/** True when the value is an AppError, optionally with the given code. */
export function isAppError(value: unknown, code?: AppErrorCode): value is AppError {
  return value instanceof AppError && (code === undefined || value.code === code);
}
