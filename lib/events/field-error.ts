import { AppError } from '@/lib/errors';

/** An INVALID_INPUT failure that belongs to one form field, so the action can show it there. */
export class FieldError extends AppError {
  readonly field: string;

  constructor(field: string, message: string) {
    super('INVALID_INPUT', message);
    this.field = field;
  }
}

export type EditorResult<T> =
  | { ok: true; data: T }
  | { ok: false; fieldErrors?: Record<string, string>; formError?: string };

/** Expected failures as an editor result; anything else is a bug and bubbles to error.tsx. */
export function editorFailure(error: unknown): EditorResult<never> {
  if (error instanceof FieldError) return { ok: false, fieldErrors: { [error.field]: error.message } };
  if (error instanceof AppError && error.code !== 'UNAUTHORIZED' && error.code !== 'FORBIDDEN')
    return { ok: false, formError: error.message };
  throw error;
}
