// Public on purpose: a registration form on another website fetches its render-time token here.
import { getPublishedEventRef } from '@/lib/api/queries';
import { issueFormToken, MIN_FILL_MS } from '@/lib/registrations/anti-bot';
import { preflightResponse } from '@/lib/server/edge/http';
import { defineRoute } from '@/lib/server/edge/route';

export const dynamic = 'force-dynamic';

/**
 * A signed form token for keyless API registrations; it is accepted from `usableAfter` on, once. An unknown or
 * unpublished event answers 404 like the registration itself, so a typo in the slug shows up here already.
 */
export const GET = defineRoute({
  access: 'public',
  cors: true,
  event: getPublishedEventRef,
  run: async () => {
    const now = new Date();
    return { formToken: issueFormToken(now), usableAfter: new Date(now.getTime() + MIN_FILL_MS).toISOString() };
  },
});

export function OPTIONS() {
  return preflightResponse();
}
