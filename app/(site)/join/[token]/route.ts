// Public on purpose: the unguessable join token in the URL is the credential, as in the confirmation mail.
import { joinVerdict, isSpeculativeRequest } from '@/lib/attendance/join-window';
import { getJoinTarget } from '@/lib/attendance/queries';
import { recordJoinOpen } from '@/lib/attendance/service';
import { AppError } from '@/lib/errors';
import { defineRoute } from '@/lib/server/edge/route';

export const dynamic = 'force-dynamic';

const NO_STORE = { 'Cache-Control': 'no-store', 'Referrer-Policy': 'no-referrer' };

/**
 * The personal join link: inside the window it records the open and sends the browser on to the stream (303);
 * otherwise it leads to a page that says why not yet or no more. The stream URL appears only in that Location.
 */
export const GET = defineRoute({
  access: 'public',
  run: async ({ params, request }) => {
    const token = params.token ?? '';
    const target = await getJoinTarget(token);
    const now = new Date();
    const verdict = target ? joinVerdict(target, now) : { kind: 'gone' as const };
    const info = new URL(`/join/${encodeURIComponent(token)}/info`, request.url);
    if (!target || verdict.kind === 'gone') {
      // A person clicking an old link gets the site's 404 page (the info page answers 404 for it); clients, JSON.
      if (request.headers.get('accept')?.includes('text/html'))
        return new Response(null, { status: 303, headers: { ...NO_STORE, Location: info.pathname } });
      throw new AppError('NOT_FOUND', 'notFound');
    }
    if (verdict.kind === 'open' && target.streamUrl) {
      // A prefetch or a HEAD probe is nobody watching: it neither counts nor learns the stream URL.
      if (isSpeculativeRequest(request)) return new Response(null, { status: 204, headers: NO_STORE });
      await recordJoinOpen(target.id, now);
      return new Response(null, { status: 303, headers: { ...NO_STORE, Location: target.streamUrl } });
    }
    return new Response(null, { status: 303, headers: { ...NO_STORE, Location: info.pathname } });
  },
});
