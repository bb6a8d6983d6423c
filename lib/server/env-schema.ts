import { z } from 'zod';
import { isEd25519Pkcs8 } from './ed25519-key';

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

const flag = z.enum(['on', 'off']);

const LOOPBACK_HOSTS = new Set(['127.0.0.1', '::1', 'localhost']);

/** True when an address to listen on is reachable from this machine only. */
export function isLoopbackHost(host: string): boolean {
  return LOOPBACK_HOSTS.has(host) || /^127\.\d+\.\d+\.\d+$/.test(host);
}

const milliseconds = (min: number, max: number, fallback: number) =>
  z.coerce
    .number({ error: `expected milliseconds between ${min} and ${max}` })
    .int()
    .min(min)
    .max(max)
    .default(fallback);

const portNumber = () =>
  z.coerce
    .number({ error: 'expected a port number (1-65535)' })
    .int('expected a port number (1-65535)')
    .min(1, 'expected a port number (1-65535)')
    .max(65535, 'expected a port number (1-65535)');

const hostName = z.string().regex(/^[\w.:-]+$/, 'expected a host name or IP address to listen on, e.g. 0.0.0.0');

export const envSchema = z.object({
  NODE_ENV: z.enum(['development', 'production', 'test']).default('development'),
  PORT: portNumber().default(3000),
  // Loopback by default: the local mail view shows sign-in links, so nothing is reachable from outside unasked.
  HOST: hostName.default('127.0.0.1'),
  DATABASE_URL: z.url('expected a URL such as postgresql://user:pass@host:5432/db').optional(),
  DATABASE_POOL_SIZE: z.coerce.number().int().min(1).max(100).default(10),
  // A frozen or unreachable database must fail requests fast (503) instead of holding them without limit.
  DATABASE_CONNECT_TIMEOUT_MS: milliseconds(100, 120_000, 5000),
  DATABASE_STATEMENT_TIMEOUT_MS: milliseconds(100, 600_000, 15_000),
  APP_URL: z.url('expected an absolute URL such as https://tagung.example.org').default('http://localhost:3000'),
  AUTH_SECRET: z.string().min(16, 'expected at least 16 characters').optional(),
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
  SMTP_URL: z
    .url('expected a URL such as smtp://user:pass@mail.example.org:587')
    .refine((v) => /^smtps?:$/.test(new URL(v).protocol), {
      error: (issue) => `unknown scheme "${new URL(String(issue.input)).protocol}" (expected smtp:// or smtps://)`,
    })
    .optional(),
  TICKET_SIGNING_KEY: z
    .string()
    .refine(isEd25519Pkcs8, 'expected an Ed25519 private key (PKCS8 DER, base64)')
    .optional(),
  // Signs certificates of attendance; a key of its own, so a ticket key leak cannot forge certificates.
  CERTIFICATE_SIGNING_KEY: z
    .string()
    .refine(isEd25519Pkcs8, 'expected an Ed25519 private key (PKCS8 DER, base64)')
    .optional(),
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
  // Metrics are never public by default: a listener of their own (loopback unless METRICS_HOST says otherwise)
  // and/or /metrics on the app port behind a bearer token.
  METRICS_PORT: portNumber().optional(),
  METRICS_HOST: hostName.default('127.0.0.1'),
  METRICS_TOKEN: z.string().min(16, 'expected at least 16 characters').optional(),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  // After SIGTERM, /readyz answers 503 for this long while requests are still served, so a proxy's health check
  // takes the instance out before its listener closes. 0 for a local `npm start`, which no proxy checks.
  SHUTDOWN_DRAIN_SECONDS: z.coerce.number().int().min(0).max(300).default(0),
  // Set by scripts/start.ts when it runs the embedded PostgreSQL, i.e. a local installation.
  TB_EMBEDDED_DB: z.enum(['1', '0']).default('0'),
});

export type Env = z.infer<typeof envSchema> & { mailViewEnabled: boolean };

export type EnvResult = { ok: true; env: Env } | { ok: false; message: string };

/** Parses an environment; a failure is one line naming each wrong variable and what is wrong with it. */
export function parseEnvironment(source: Record<string, string | undefined>): EnvResult {
  const present = Object.fromEntries(Object.entries(source).filter(([, v]) => v !== undefined && v !== ''));
  const parsed = envSchema.safeParse(present);
  if (!parsed.success) {
    const message = parsed.error.issues
      .map((i) => {
        const name = i.path.join('.');
        const value = present[name];
        // Secrets are named, never echoed.
        const shown = value && !/SECRET|KEY|TOKEN|DATABASE_URL|SMTP_URL/.test(name) ? ` (got "${value}")` : '';
        return `${name}: ${i.message.replace(/\s+/g, ' ')}${shown}`;
      })
      .join('; ');
    return { ok: false, message };
  }
  const e = parsed.data;
  // The mail view shows sign-in links: on by default only for a local install that captures mail and listens on
  // loopback; anywhere else only with MAIL_VIEW=on.
  const mailViewEnabled = e.MAIL_VIEW
    ? e.MAIL_VIEW === 'on'
    : !e.SMTP_URL && e.TB_EMBEDDED_DB === '1' && isLoopbackHost(e.HOST);
  return { ok: true, env: { ...e, mailViewEnabled } };
}
