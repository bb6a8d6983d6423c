import { NextResponse, type NextRequest } from 'next/server';
import { cachedPath, EVENT_PAGE_PATH } from '@/lib/i18n/cached-route';
import { LOCALE_COOKIE, toLocale } from '@/lib/i18n/config';

const SESSION_COOKIES = ['next-auth.session-token', '__Secure-next-auth.session-token'];
// File-like paths (e.g. …/export.csv) are route handlers: they answer 401 themselves instead of sending HTML.
const FILE_PATH = /\/[^/]+\.[a-z0-9]+$/i;
// The export downloads (…/export/csv, …/xlsx, …/json) are route handlers too.
const DOWNLOAD_PATH = /\/export\/(csv|xlsx|json)$/;

export function proxy(request: NextRequest) {
  const { pathname } = request.nextUrl;
  if (pathname.startsWith('/events/'))
    return EVENT_PAGE_PATH.test(pathname) ? rewriteToCachedPage(request) : NextResponse.next();
  return guardSignedInArea(request);
}

// The event page is cached per language: the cookie picks the cached route here, so the page itself reads no cookie.
// scripts/server.ts does the same rewrite before Next sees the request (cheaper); this covers `next start`.
function rewriteToCachedPage(request: NextRequest) {
  const url = request.nextUrl.clone();
  url.pathname = cachedPath(toLocale(request.cookies.get(LOCALE_COOKIE)?.value), request.nextUrl.pathname);
  // One URL, two languages: scripts/server.ts adds `Vary: Cookie`, so a shared cache does not mix them up.
  return NextResponse.rewrite(url);
}

// Only an early redirect for visitors without any session cookie; pages still call the guards,
// which check that the session is real. The x-pathname header gives requireUser() its callbackUrl.
function guardSignedInArea(request: NextRequest) {
  const { pathname, search } = request.nextUrl;
  const path = `${pathname}${search}`;
  const hasSession = SESSION_COOKIES.some((name) => request.cookies.has(name));
  if (!hasSession && !FILE_PATH.test(pathname) && !DOWNLOAD_PATH.test(pathname)) {
    const url = new URL('/signin', request.url);
    url.searchParams.set('callbackUrl', path);
    return NextResponse.redirect(url);
  }
  const headers = new Headers(request.headers);
  headers.set('x-pathname', path);
  return NextResponse.next({ request: { headers } });
}

export const config = {
  matcher: ['/dashboard/:path*', '/checkin/:path*', '/events/:slug'],
};
