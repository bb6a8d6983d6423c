import { db } from '@/lib/server/db';
import { env } from '@/lib/server/env';

/** Whether this address may sign in: listed in ADMIN_EMAILS, or invited by an admin and not disabled. */
export async function isAllowedToSignIn(email: string | null | undefined): Promise<boolean> {
  if (!email) return false;
  const normalized = email.trim().toLowerCase();
  if (env.ADMIN_EMAILS.includes(normalized)) return true;
  const user = await db.user.findUnique({
    where: { email: normalized },
    select: { invitedAt: true, disabledAt: true },
  });
  return !!user?.invitedAt && !user.disabledAt;
}
