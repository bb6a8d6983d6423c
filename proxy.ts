import { NextResponse, type NextRequest } from 'next/server';

const SESSION_COOKIES = ['next-auth.session-token', '__Secure-next-auth.session-token'];
// File-like paths (e.g. …/export.csv) are route handlers: they answer 401 themselves instead of sending HTML.
const FILE_PATH = /\/[^/]+\.[a-z0-9]+$/i;
// The export downloads (…/export/csv, …/xlsx, …/json) are route handlers too.
const DOWNLOAD_PATH = /\/export\/(csv|xlsx|json)$/;

// Only an early redirect for visitors without any session cookie; pages still call the guards,
// which check that the session is real. The x-pathname header gives requireUser() its callbackUrl.
export function proxy(request: NextRequest) {
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
  matcher: ['/dashboard/:path*', '/checkin/:path*'],
};
