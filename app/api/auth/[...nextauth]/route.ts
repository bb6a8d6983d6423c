import type { NextRequest } from 'next/server';
import NextAuth from 'next-auth';
import { authOptionsFor } from '@/lib/auth/options';
import { AppError } from '@/lib/errors';
import { clientIpFromHeaders } from '@/lib/server/client-ip';
import { errorResponse } from '@/lib/server/edge/route';
import { toFailure } from '@/lib/server/edge/failure';
import { localeFromAcceptLanguage } from '@/lib/server/edge/http';

type Context = { params: Promise<{ nextauth: string[] }> };

// next-auth parses a JSON body without catching the error (next-auth/next/utils.js getBody), so a broken one would
// be a 500; its own forms post form-encoded bodies.
async function brokenJsonBody(req: NextRequest): Promise<boolean> {
  if (req.method !== 'POST' || !req.headers.get('content-type')?.includes('application/json')) return false;
  try {
    await req.clone().json();
    return false;
  } catch {
    return true;
  }
}

// Public on purpose: next-auth's own sign-in, callback and sign-out endpoints. The options are built per
// request, so a sign-in request counts against the limit of the client's address.
async function handler(req: NextRequest, context: Context) {
  if (await brokenJsonBody(req)) {
    const locale = localeFromAcceptLanguage(req.headers.get('accept-language'));
    return errorResponse(toFailure(new AppError('INVALID_INPUT', 'malformedJson'), locale)!);
  }
  return NextAuth(req, context, authOptionsFor({ ip: clientIpFromHeaders(req.headers) }));
}

export { handler as GET, handler as POST };
