/** Codes of the failures a user can cause and must be told about. */
export type AppErrorCode =
  | 'NOT_FOUND'
  | 'REGISTRATION_CLOSED'
  | 'EVENT_FULL'
  | 'ALREADY_REGISTERED'
  | 'UNAUTHORIZED'
  | 'FORBIDDEN'
  | 'INVALID_INPUT';

const HTTP_STATUS: Record<AppErrorCode, number> = {
  NOT_FOUND: 404,
  REGISTRATION_CLOSED: 403,
  EVENT_FULL: 409,
  ALREADY_REGISTERED: 409,
  UNAUTHORIZED: 401,
  FORBIDDEN: 403,
  INVALID_INPUT: 400,
};

/** An expected failure with a code; routes map it to a status, forms to a message. */
export class AppError extends Error {
  readonly code: AppErrorCode;
  readonly status: number;

  constructor(code: AppErrorCode, message: string) {
    super(message);
    this.name = 'AppError';
    this.code = code;
    this.status = HTTP_STATUS[code];
  }
}

/** True when the value is an AppError, optionally with the given code. */
export function isAppError(value: unknown, code?: AppErrorCode): value is AppError {
  return value instanceof AppError && (code === undefined || value.code === code);
}
