import NextAuth from 'next-auth';
import { authOptions } from '@/lib/auth/options';

// Public on purpose: next-auth's own sign-in, callback and sign-out endpoints.
const handler = NextAuth(authOptions);

export { handler as GET, handler as POST };
