import type { NextRequest } from 'next/server';
import NextAuth from 'next-auth';
import { authOptionsFor } from '@/lib/auth/options';
import { clientIpFromHeaders } from '@/lib/server/client-ip';

type Context = { params: Promise<{ nextauth: string[] }> };

// Public on purpose: next-auth's own sign-in, callback and sign-out endpoints. The options are built per
// request, so a sign-in request counts against the limit of the client's address.
function handler(req: NextRequest, context: Context) {
  return NextAuth(req, context, authOptionsFor({ ip: clientIpFromHeaders(req.headers) }));
}

export { handler as GET, handler as POST };
