import { NextResponse, type NextRequest } from 'next/server';
import { cachedPath, EVENT_PAGE_PATH } from '@/lib/i18n/cached-route';
import { LOCALE_COOKIE, toLocale } from '@/lib/i18n/config';
import { createNonce, hstsHeader, noncePolicy, policyOptions } from '@/lib/server/browser-policy/policy';

const SESSION_COOKIES = ['next-auth.session-token', '__Secure-next-auth.session-token'];
// File-like paths (e.g. …/export.csv) are route handlers: they answer 401 themselves instead of sending HTML.
const FILE_PATH = /\/[^/]+\.[a-z0-9]+$/i;
// The export downloads (…/export/csv, …/xlsx, …/json) and the invitation list upload are route handlers too.
const DOWNLOAD_PATH = /\/export\/(csv|xlsx|json)$|\/invitations\/import\/file$/;
const SIGNED_IN_AREA = /^\/(dashboard|checkin)(\/|$)/;

export function proxy(request: NextRequest) {
  const { pathname } = request.nextUrl;
  if (pathname.startsWith('/events/') && EVENT_PAGE_PATH.test(pathname)) return rewriteToCachedPage(request);
  if (
    SIGNED_IN_AREA.test(pathname) &&
    !hasSessionCookie(request) &&
    !FILE_PATH.test(pathname) &&
    !DOWNLOAD_PATH.test(pathname)
  )
    return redirectToSignIn(request);
  return withNoncePolicy(request);
}

// The event page is cached per language: the cookie picks the cached route here, so the page itself reads no cookie.
// scripts/server.ts does the same rewrite before Next sees the request (cheaper, and it adds the page's
// hash-based policy); this covers `next start`, where the cached page goes without a policy.
function rewriteToCachedPage(request: NextRequest) {
  const url = request.nextUrl.clone();
  url.pathname = cachedPath(toLocale(request.cookies.get(LOCALE_COOKIE)?.value), request.nextUrl.pathname);
  // One URL, two languages: scripts/server.ts adds `Vary: Cookie`, so a shared cache does not mix them up.
  return NextResponse.rewrite(url);
}

function hasSessionCookie(request: NextRequest) {
  return SESSION_COOKIES.some((name) => request.cookies.has(name));
}

// Only an early redirect for visitors without any session cookie; pages still call the guards,
// which check that the session is real.
function redirectToSignIn(request: NextRequest) {
  const { pathname, search } = request.nextUrl;
  const url = new URL('/signin', request.url);
  url.searchParams.set('callbackUrl', `${pathname}${search}`);
  return NextResponse.redirect(url);
}

// Next's nonce pattern: the policy on the request tells Next the nonce for its scripts, the same policy on the
// response tells the browser. Every page is rendered per request (the site layout reads the language cookie).
// The x-pathname header gives requireUser() its callbackUrl.
function withNoncePolicy(request: NextRequest) {
  const { pathname, search } = request.nextUrl;
  const policy = noncePolicy(createNonce(), policyOptions());
  const headers = new Headers(request.headers);
  headers.set('x-pathname', `${pathname}${search}`);
  headers.set('content-security-policy', policy);
  const response = NextResponse.next({ request: { headers } });
  response.headers.set('Content-Security-Policy', policy);
  const hsts = hstsHeader(process.env.APP_URL);
  if (hsts) response.headers.set('Strict-Transport-Security', hsts);
  return response;
}

export const config = {
  matcher: [
    {
      // Pages only: not the API, Next's files, media, the cached pages (their policy comes from scripts/server.ts)
      // or files such as sw.js, icons and exports, which carry no scripts of Next's.
      source: '/((?!api/|_next/|media/|cached/|lang$|.*\\.[a-z0-9]+$).*)',
      missing: [
        { type: 'header', key: 'next-router-prefetch' },
        { type: 'header', key: 'purpose', value: 'prefetch' },
      ],
    },
  ],
};
