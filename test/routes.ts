import { randomBytes } from 'node:crypto';
import type { UserRole } from '@/lib/generated/prisma/client';
import { db } from '@/lib/server/db';
import { sessionCookieFor } from './session-cookie';

type Handler = (request: Request, context: { params: Promise<object> }) => Promise<Response>;

/** Calls a route handler as Next does: a Request for `path` and the route's dynamic segments. */
export function callRoute(
  handler: Handler,
  path: string,
  { params = {}, ...init }: RequestInit & { params?: Record<string, string> } = {},
): Promise<Response> {
  return handler(new Request(`http://localhost${path}`, init), { params: Promise.resolve(params) });
}

/** A POST with a JSON body (or the given raw text) and extra headers. */
export function jsonPost(data: unknown, headers: Record<string, string> = {}): RequestInit {
  const body = typeof data === 'string' ? data : JSON.stringify(data);
  return { method: 'POST', body, headers: { 'content-type': 'application/json', ...headers } };
}

/** An invited user of the role (staff assigned to `eventIds`), as the Cookie header of their signed-in browser. */
export async function createSessionUser(role: UserRole, eventIds: string[] = []): Promise<string> {
  const user = await db.user.create({
    data: {
      email: `route-${role}-${randomBytes(5).toString('hex')}@example.test`,
      role,
      invitedAt: new Date(),
      assignments: { create: eventIds.map((eventId) => ({ eventId })) },
    },
  });
  return sessionCookieFor(user.id);
}
