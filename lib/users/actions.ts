'use server';

import { revalidatePath } from 'next/cache';
import { requireAdmin } from '@/lib/auth/guards';
import { isAppError } from '@/lib/errors';
import { changeRoleSchema, inviteUserSchema, setDisabledSchema, staffAssignmentsSchema } from './schema';
import { changeUserRole, inviteUser, setStaffAssignments, setUserDisabled } from './service';

type FieldErrors = Partial<Record<string, string>>;
export type ActionResult<T> = { ok: true; data: T } | { ok: false; fieldErrors?: FieldErrors; formError?: string };

const INVALID = 'Ungültige Anfrage.';

function fieldErrorsOf(issues: { path: PropertyKey[]; message: string }[]): FieldErrors {
  const out: FieldErrors = {};
  for (const issue of issues) out[String(issue.path[0] ?? 'form')] ??= issue.message;
  return out;
}

// Expected failures become a message; anything else goes to the error page.
async function attempt<T>(run: () => Promise<T>): Promise<ActionResult<T>> {
  try {
    const data = await run();
    revalidatePath('/dashboard/users');
    return { ok: true, data };
  } catch (error) {
    if (isAppError(error)) return { ok: false, formError: error.message };
    throw error;
  }
}

/** An admin invites an address with a role; the person then signs in with a magic link. */
export async function inviteUserAction(values: unknown): Promise<ActionResult<{ email: string; created: boolean }>> {
  const admin = await requireAdmin();
  const parsed = inviteUserSchema.safeParse(values);
  if (!parsed.success) return { ok: false, fieldErrors: fieldErrorsOf(parsed.error.issues) };
  return attempt(async () => ({
    email: parsed.data.email,
    created: (await inviteUser(admin.email, parsed.data)).created,
  }));
}

/** An admin changes another user's role. */
export async function changeUserRoleAction(values: unknown): Promise<ActionResult<null>> {
  const admin = await requireAdmin();
  const parsed = changeRoleSchema.safeParse(values);
  if (!parsed.success) return { ok: false, formError: INVALID };
  return attempt(async () => {
    await changeUserRole(admin, parsed.data);
    return null;
  });
}

/** An admin disables (ending every session) or enables another user. */
export async function setUserDisabledAction(values: unknown): Promise<ActionResult<null>> {
  const admin = await requireAdmin();
  const parsed = setDisabledSchema.safeParse(values);
  if (!parsed.success) return { ok: false, formError: INVALID };
  return attempt(async () => {
    await setUserDisabled(admin, parsed.data);
    return null;
  });
}

/** An admin sets the events a staff member may check in at. */
export async function setStaffAssignmentsAction(
  values: unknown,
): Promise<ActionResult<{ added: number; removed: number }>> {
  const admin = await requireAdmin();
  const parsed = staffAssignmentsSchema.safeParse(values);
  if (!parsed.success) return { ok: false, formError: INVALID };
  return attempt(() => setStaffAssignments(admin.email, parsed.data));
}
