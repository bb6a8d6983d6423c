'use server';

import { requireAdmin } from '@/lib/auth/guards';
import { isAppError } from '@/lib/errors';
import { privacyErasureSchema } from './schema';
import { anonymisePerson, deletePerson } from './service';

export type ErasureResult =
  | { ok: true; data: { mode: 'anonymise' | 'delete'; registrations: number } }
  | { ok: false; fieldErrors?: Partial<Record<'email' | 'mode' | 'confirmEmail', string>>; formError?: string };

/** Art. 17: an admin anonymises or deletes every registration of one address, after typing it twice. */
export async function erasePersonAction(values: unknown): Promise<ErasureResult> {
  const admin = await requireAdmin();
  const parsed = privacyErasureSchema.safeParse(values);
  if (!parsed.success) {
    const fieldErrors: Partial<Record<'email' | 'mode' | 'confirmEmail', string>> = {};
    for (const issue of parsed.error.issues) {
      const key = String(issue.path[0]);
      if (key === 'email' || key === 'mode' || key === 'confirmEmail') fieldErrors[key] ??= issue.message;
    }
    return { ok: false, fieldErrors };
  }
  const { email, mode } = parsed.data;
  try {
    const registrations =
      mode === 'anonymise' ? await anonymisePerson(admin.email, email) : await deletePerson(admin.email, email);
    return { ok: true, data: { mode, registrations } };
  } catch (error) {
    if (isAppError(error)) return { ok: false, formError: error.message };
    throw error;
  }
}
