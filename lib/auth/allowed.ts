import { inviteUserSchema } from '@/lib/users/schema';
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

/**
 * The sign-in form's address as next-auth stores it, validated like an invitation's address. A malformed one
 * (a NUL byte, control characters, no domain) is refused before any query, and next-auth shows its error page;
 * the thrown message does not repeat the address, because next-auth logs it.
 */
export function normalizeSignInAddress(input: string): string {
  const parsed = inviteUserSchema.shape.email.safeParse(input);
  if (!parsed.success) throw new Error('Malformed sign-in address.');
  return parsed.data;
}
