import { NextResponse, type NextRequest } from 'next/server';
import { isLocale, LOCALE_COOKIE, LOCALE_COOKIE_MAX_AGE } from '@/lib/i18n/config';
import { safeNextPath } from '@/lib/i18n/safe-next-path';

// Public on purpose: anyone may choose the language of the public pages.
export function GET(request: NextRequest) {
  const to = request.nextUrl.searchParams.get('to');
  const target = safeNextPath(request.nextUrl.searchParams.get('next'));
  // A relative Location keeps the redirect on this site even behind a proxy that rewrites the host.
  const response = new NextResponse(null, { status: 303, headers: { Location: target, 'Cache-Control': 'no-store' } });
  if (isLocale(to)) {
    response.cookies.set(LOCALE_COOKIE, to, {
      path: '/',
      maxAge: LOCALE_COOKIE_MAX_AGE,
      sameSite: 'lax',
      secure: request.nextUrl.protocol === 'https:',
    });
  }
  return response;
}
