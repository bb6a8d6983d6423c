import { z } from 'zod';
import { submitGroupRegistration } from '@/lib/registrations/group';
import { getRegistrationTarget } from '@/lib/registrations/queries';
import { clientIpFromHeaders } from '@/lib/server/client-ip';
import { preflightResponse } from '@/lib/server/edge/http';
import { defineRoute, jsonResponse } from '@/lib/server/edge/route';

/** Largest accepted request body: up to 50 people with their answers. */
const MAX_BODY_BYTES = 256 * 1024;

// Public like the single registration (same checks, same limit per IP or key, CORS open): colleagues registered
// in one submission, all or nothing (lib/registrations/group.ts).
export const POST = defineRoute({
  access: 'public',
  cors: true,
  event: getRegistrationTarget,
  body: { schema: z.record(z.string(), z.unknown()), maxBytes: MAX_BODY_BYTES },
  run: async ({ request, event: target, body, locale }) => {
    const group = await submitGroupRegistration(target, body, {
      source: 'api',
      ip: clientIpFromHeaders(request.headers),
      locale,
      authorization: request.headers.get('authorization'),
    });
    const members = group.members.map((m) => ({ id: m.id, email: m.email, status: m.status }));
    return jsonResponse({ groupId: group.groupId, status: group.status, members }, 201, { cors: true });
  },
});

export function OPTIONS() {
  return preflightResponse();
}
