import 'server-only';
import type { UserRole } from '@/lib/generated/prisma/client';
import { db } from '@/lib/server/db';
import { env } from '@/lib/server/env';
import { SESSION_IDLE_SECONDS, SESSION_UPDATE_SECONDS, sessionTooOld } from './sessions';

/** Enough of a Headers object to read cookies and the host (Request headers and next/headers both fit). */
export interface HeaderReader {
  get(name: string): string | null;
}

/** A signed-in user as the guards see it, with the events they are assigned to as staff. */
export interface LoadedUser {
  id: string;
  email: string;
  role: UserRole;
  staffEventIds: readonly string[];
}

/**
 * The cookie that holds next-auth's session token. Mirrors next-auth 4: the origin is NEXTAUTH_URL, or the forwarded
 * host when VERCEL or AUTH_TRUST_HOST is set (utils/detect-origin.js); a host without a scheme counts as https
 * (utils/parse-url.js); an https origin gets the __Secure- prefix (core/init.js, core/lib/cookie.js). authOptions
 * sets no useSecureCookies or cookies override, which would take precedence.
 */
export function sessionCookieName(headers: HeaderReader): string {
  let origin = process.env.NEXTAUTH_URL;
  if (!origin && (process.env.VERCEL ?? process.env.AUTH_TRUST_HOST)) {
    const host = headers.get('x-forwarded-host') ?? headers.get('host');
    origin = `${headers.get('x-forwarded-proto') === 'http' ? 'http' : 'https'}://${host}`;
  }
  const secure = !!origin && (!origin.startsWith('http') || origin.startsWith('https://'));
  return `${secure ? '__Secure-' : ''}next-auth.session-token`;
}

// Parsed as Next parses the Cookie header for next-auth (@edge-runtime/cookies): the last pair of a name wins.
function cookieValue(header: string | null, name: string): string | null {
  let value: string | null = null;
  for (const pair of header?.split(/; */) ?? []) {
    const at = pair.indexOf('=');
    if (at === -1 || pair.slice(0, at) !== name) continue;
    try {
      value = decodeURIComponent(pair.slice(at + 1));
    } catch {}
  }
  return value;
}

/** The session token a request carries, if any. */
export function sessionTokenOf(headers: HeaderReader): string | null {
  const token = cookieValue(headers.get('cookie'), sessionCookieName(headers));
  // next-auth's tokens are UUIDs or 64 hex characters; anything long is not worth a query.
  return token && token.length <= 256 ? token : null;
}

interface SessionRow {
  eventId: string | null;
  expires: Date | null;
  createdAt: Date;
  id: string | null;
  email: string | null;
  role: UserRole;
  disabledAt: Date | null;
  invitedAt: Date | null;
  staffEventIds: string[];
}

// Dates go in as epoch milliseconds: the columns are UTC timestamps without zone, whatever the connection's zone.
const utc = (ms: number) => ms / 1000;

/**
 * The user behind a session token in one statement (session, user, staff assignments), with next-auth's rules:
 * a session past SESSION_MAX_HOURS or of a disabled user is deleted; an expired one is absent; ADMIN_EMAILS makes
 * an admin whatever the stored role; anyone else needs an invitation. Like next-auth, it moves the inactivity
 * expiry forward when the last move is SESSION_UPDATE_SECONDS old: a write only when that is due.
 */
export async function loadSessionUser(token: string, now = Date.now()): Promise<LoadedUser | null> {
  return (await loadSessionAndEvent(token, null, now)).user;
}

/** loadSessionUser, and in the same statement the id of the event with this slug (null: none, or no slug asked). */
export async function loadSessionAndEvent(
  token: string | null,
  slug: string | null,
  now = Date.now(),
): Promise<{ user: LoadedUser | null; eventId: string | null }> {
  const [row] = await db.$queryRaw<SessionRow[]>`
    SELECT (SELECT id FROM "Event" WHERE slug = ${slug}::text) AS "eventId",
           s.expires, s."createdAt", u.id, u.email, u.role::text AS role, u."disabledAt", u."invitedAt",
           ARRAY(SELECT a."eventId" FROM "StaffAssignment" a WHERE a."userId" = u.id) AS "staffEventIds"
    FROM (SELECT 1) AS one
      LEFT JOIN "Session" s ON s."sessionToken" = ${token}::text
      LEFT JOIN "User" u ON u.id = s."userId"`;
  const eventId = row?.eventId ?? null;
  return { user: token && row ? await applyRules(token, row, now) : null, eventId };
}

async function applyRules(token: string, row: SessionRow, now: number): Promise<LoadedUser | null> {
  if (!row.id || !row.expires) return null;
  if (sessionTooOld(row.createdAt, new Date(now)) || row.disabledAt) {
    await db.$executeRaw`DELETE FROM "Session" WHERE "sessionToken" = ${token}`;
    return null;
  }
  if (row.expires.getTime() < now || !row.email) return null;
  // Bootstrap addresses are admins whatever their stored role; removing an address from ADMIN_EMAILS (for someone
  // never invited) revokes access at once, not when the session expires.
  const bootstrapped = env.ADMIN_EMAILS.includes(row.email.toLowerCase());
  if (!bootstrapped && !row.invitedAt) return null;
  const dueBefore = now + (SESSION_IDLE_SECONDS - SESSION_UPDATE_SECONDS) * 1000;
  if (row.expires.getTime() <= dueBefore) {
    // Conditional, so that concurrent requests of one session move it once.
    await db.$executeRaw`
      UPDATE "Session" SET expires = to_timestamp(${utc(now + SESSION_IDLE_SECONDS * 1000)}::float8) AT TIME ZONE 'UTC'
      WHERE "sessionToken" = ${token} AND expires <= to_timestamp(${utc(dueBefore)}::float8) AT TIME ZONE 'UTC'`;
  }
  return { id: row.id, email: row.email, role: bootstrapped ? 'admin' : row.role, staffEventIds: row.staffEventIds };
}
