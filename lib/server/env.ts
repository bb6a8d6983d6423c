import { z } from 'zod';

const flag = z.enum(['on', 'off']);

/** "<count>/<seconds>", e.g. 10/600: a rate limit's count per window. */
const countPerWindow = (fallback: string) =>
  z
    .string()
    .regex(/^\d+\/\d+$/, 'expected <count>/<seconds>, e.g. 10/600')
    .default(fallback)
    .transform((v) => {
      const [limit, windowSeconds] = v.split('/').map(Number) as [number, number];
      return { limit, windowSeconds };
    });

const schema = z.object({
  NODE_ENV: z.enum(['development', 'production', 'test']).default('development'),
  DATABASE_URL: z.string().url().optional(),
  DATABASE_POOL_SIZE: z.coerce.number().int().min(1).max(100).default(10),
  APP_URL: z.string().url().default('http://localhost:3000'),
  AUTH_SECRET: z.string().min(16).optional(),
  ADMIN_EMAILS: z
    .string()
    .default('')
    .transform((s) =>
      s
        .split(',')
        .map((e) => e.trim().toLowerCase())
        .filter(Boolean),
    ),
  // A session ends this many hours after sign-in, however active it is (inactivity ends it after 8 h).
  SESSION_MAX_HOURS: z.coerce
    .number()
    .min(0.01)
    .max(24 * 30)
    .default(24),
  SMTP_URL: z.string().url().optional(),
  MAIL_FROM: z.string().default('Tagungsbüro <noreply@tagungsbuero.local>'),
  MAIL_VIEW: flag.optional(),
  // "inline": the server process also sends the outbox; "off": a separate `npm run worker` does.
  MAIL_WORKER: z.enum(['inline', 'off']).default('inline'),
  MAIL_WORKER_CONCURRENCY: z.coerce.number().int().min(1).max(50).default(4),
  // Exponential backoff starts here and keeps retrying for MAIL_RETRY_HOURS.
  MAIL_RETRY_DELAY_SECONDS: z.coerce.number().int().min(1).max(3600).default(30),
  MAIL_RETRY_HOURS: z.coerce
    .number()
    .min(0)
    .max(24 * 14)
    .default(24),
  // A send that takes longer counts as failed (e.g. its worker died) and is retried.
  MAIL_SEND_TIMEOUT_SECONDS: z.coerce.number().int().min(5).max(3600).default(120),
  MAIL_MAINTENANCE_SECONDS: z.coerce.number().int().min(1).max(3600).default(60),
  MAIL_POLL_SECONDS: z.coerce.number().min(0.5).max(60).default(2),
  // On SIGTERM, running sends get this long to finish before the process exits.
  MAIL_SHUTDOWN_SECONDS: z.coerce.number().int().min(1).max(300).default(20),
  // "<count>/<seconds>": registrations per client IP and window, for the form and the API.
  REGISTRATION_RATE_LIMIT: countPerWindow('10/600'),
  // A person cannot read and fill the registration form faster than this.
  REGISTRATION_MIN_FILL_SECONDS: z.coerce.number().min(0).max(60).default(2),
  // "<count>/<seconds>": sign-in mail requests per client IP and window (each address also gets at most 5 per 15 min).
  SIGNIN_RATE_LIMIT: countPerWindow('30/900'),
  TRUST_PROXY_HOPS: z.coerce.number().int().min(0).max(10).default(0),
  // Set by scripts/start.ts when it runs the embedded PostgreSQL, i.e. a local installation.
  TB_EMBEDDED_DB: z.enum(['1', '0']).default('0'),
});

export type Env = z.infer<typeof schema> & { mailViewEnabled: boolean };

function parseEnv(): Env {
  const parsed = schema.safeParse(Object.fromEntries(Object.entries(process.env).filter(([, v]) => v !== '')));
  if (!parsed.success) {
    const issues = parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ');
    throw new Error(`Invalid environment: ${issues}`);
  }
  const e = parsed.data;
  // The mail view is public, so it is only on by default for a local install that captures mail.
  const mailViewEnabled = e.MAIL_VIEW ? e.MAIL_VIEW === 'on' : !e.SMTP_URL && e.TB_EMBEDDED_DB === '1';
  return { ...e, mailViewEnabled };
}

/** The process environment, parsed once with zod. */
export const env: Env = parseEnv();

/** The database URL, or a clear error when none is configured. */
export function requireDatabaseUrl(): string {
  if (!env.DATABASE_URL) throw new Error('DATABASE_URL is not set; start the app with `npm start`.');
  return env.DATABASE_URL;
}
