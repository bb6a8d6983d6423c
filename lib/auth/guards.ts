import 'server-only';
import { getServerSession } from 'next-auth';
import { headers } from 'next/headers';
import { redirect } from 'next/navigation';
import { cache } from 'react';
import { AppError } from '@/lib/errors';
import { authOptions, isAllowedToSignIn } from './options';

export interface SessionUser {
  id: string;
  email: string;
}

/** The signed-in user, or null; looked up once per request however many guards ask. */
export const getCurrentUser = cache(async (): Promise<SessionUser | null> => {
  const session = await getServerSession(authOptions);
  const user = session?.user as { id?: string; email?: string | null } | undefined;
  if (!user?.id || !user.email) return null;
  // Removing an address from ADMIN_EMAILS revokes access at once, not when the session expires.
  if (!isAllowedToSignIn(user.email)) return null;
  return { id: user.id, email: user.email };
});

/** For pages and server actions: the signed-in user, or a redirect to the sign-in page. */
export async function requireUser(): Promise<SessionUser> {
  const user = await getCurrentUser();
  if (user) return user;
  const path = (await headers()).get('x-pathname') ?? '/dashboard';
  redirect(`/signin?callbackUrl=${encodeURIComponent(path)}`);
}

/** For route handlers: the signed-in user, or an AppError that the handler turns into 401. */
export async function requireApiUser(): Promise<SessionUser> {
  const user = await getCurrentUser();
  if (!user) throw new AppError('UNAUTHORIZED', 'Bitte melden Sie sich an.');
  return user;
}
