import { type Env, parseEnvironment } from './env-schema';

export type { Env };

function parseEnv(): Env {
  const result = parseEnvironment(process.env);
  if (!result.ok) throw new Error(`Invalid environment: ${result.message}`);
  return result.env;
}

/** The process environment, parsed once with zod. */
export const env: Env = parseEnv();

/** The database URL, or a clear error when none is configured. */
export function requireDatabaseUrl(): string {
  if (!env.DATABASE_URL) throw new Error('DATABASE_URL is not set; start the app with `npm start`.');
  return env.DATABASE_URL;
}
