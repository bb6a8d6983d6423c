import { AppError } from '@/lib/errors';
import { DATABASE_RETRY_AFTER_SECONDS, isDatabaseUnavailable, noteDatabaseFailure } from './db-health';

/** The 503 a caller gets while the database is away, or null for any other error. */
export function databaseUnavailableError(error: unknown): AppError | null {
  if (error instanceof AppError || !isDatabaseUnavailable(error)) return null;
  noteDatabaseFailure(error);
  const failure = new AppError('SERVICE_UNAVAILABLE', 'databaseUnavailable');
  failure.retryAfterSeconds = DATABASE_RETRY_AFTER_SECONDS;
  return failure;
}
