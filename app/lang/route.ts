import { NextResponse } from 'next/server';
import { isLocale, LOCALE_COOKIE, LOCALE_COOKIE_MAX_AGE } from '@/lib/i18n/config';
import { safeNextPath } from '@/lib/i18n/safe-next-path';
import { defineRoute } from '@/lib/server/edge/route';

// Public on purpose: anyone may choose the language of the public pages.
export const GET = defineRoute({
  access: 'public',
  run: async ({ request }) => {
    const url = new URL(request.url);
    const to = url.searchParams.get('to');
    // A relative Location keeps the redirect on this site even behind a proxy that rewrites the host.
    const location = safeNextPath(url.searchParams.get('next'));
    const response = new NextResponse(null, {
      status: 303,
      headers: { Location: location, 'Cache-Control': 'no-store' },
    });
    if (isLocale(to)) {
      response.cookies.set(LOCALE_COOKIE, to, {
        path: '/',
        maxAge: LOCALE_COOKIE_MAX_AGE,
        sameSite: 'lax',
        secure: url.protocol === 'https:',
      });
    }
    return response;
  },
});
