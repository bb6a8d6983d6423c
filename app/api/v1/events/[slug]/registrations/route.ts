import { z } from 'zod';
import { getRegistrationTarget } from '@/lib/registrations/queries';
import { submitRegistration } from '@/lib/registrations/submit';
import { clientIpFromHeaders } from '@/lib/server/client-ip';
import { preflightResponse } from '@/lib/server/edge/http';
import { defineRoute, jsonResponse } from '@/lib/server/edge/route';

/** Largest accepted request body; a registration is well under 2 KB. */
const MAX_BODY_BYTES = 32 * 1024;

// Public on purpose: anyone may register for an open event, as with the web form (CORS open). The body is
// parsed by the event's own schema (its questions) inside submitRegistration, after the anti-abuse checks.
export const POST = defineRoute({
  access: 'public',
  cors: true,
  event: getRegistrationTarget,
  body: { schema: z.record(z.string(), z.unknown()), maxBytes: MAX_BODY_BYTES },
  run: async ({ request, event: target, body, locale }) => {
    const created = await submitRegistration(target, body, {
      source: 'api',
      ip: clientIpFromHeaders(request.headers),
      locale,
      authorization: request.headers.get('authorization'),
    });
    const sessions = created.sessions.map((b) => ({ id: b.sessionId, status: b.status }));
    return jsonResponse({ id: created.id, status: created.status, mode: created.mode, sessions }, 201, { cors: true });
  },
});

export function OPTIONS() {
  return preflightResponse();
}
