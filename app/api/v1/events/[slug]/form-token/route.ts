// Public on purpose: a registration form on another website fetches its render-time token here.
import { jsonResponse, preflightResponse } from '@/lib/api/http';
import { issueFormToken, MIN_FILL_MS } from '@/lib/registrations/anti-bot';

export const dynamic = 'force-dynamic';

/** A signed form token for keyless API registrations; it is accepted from `usableAfter` on, once. */
export function GET() {
  const now = new Date();
  return jsonResponse(
    { formToken: issueFormToken(now), usableAfter: new Date(now.getTime() + MIN_FILL_MS).toISOString() },
    200,
    { 'Cache-Control': 'no-store' },
  );
}

export function OPTIONS() {
  return preflightResponse();
}
