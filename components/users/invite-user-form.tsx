'use client';

import { zodResolver } from '@hookform/resolvers/zod';
import { useId, useState } from 'react';
import { useForm } from 'react-hook-form';
import { EmailField } from '@/components/ui/email-field';
import { ROLES } from '@/lib/auth/roles';
import { errorText } from '@/lib/edge/field-errors';
import type { Locale } from '@/lib/i18n/config';
import { fill } from '@/lib/i18n/config';
import type { Dictionary } from '@/lib/i18n/dictionaries';
import { inviteUserAction } from '@/lib/users/actions';
import { inviteUserSchema, type InviteUserInput, type InviteUserValues } from '@/lib/users/schema';

interface Props {
  t: Dictionary['dashboard']['users'];
  roles: Dictionary['dashboard']['roles'];
  locale: Locale;
}

/** Invites an address with a role; the invitation mail goes out with it (queued in the same transaction). */
export function InviteUserForm({ t, roles, locale }: Props) {
  const id = useId();
  const [invited, setInvited] = useState<string | null>(null);
  const [formError, setFormError] = useState<string | null>(null);
  const form = useForm<InviteUserValues, unknown, InviteUserInput>({
    resolver: zodResolver(inviteUserSchema),
    defaultValues: { email: '', role: 'staff' },
  });
  const { errors, isSubmitting } = form.formState;

  async function onSubmit(values: InviteUserInput) {
    setFormError(null);
    setInvited(null);
    const result = await inviteUserAction(values);
    if (!result.ok) {
      for (const [field, message] of Object.entries(result.fieldErrors ?? {})) {
        if (field === 'email' || field === 'role') form.setError(field, { message });
      }
      setFormError(result.formError ?? null);
      return;
    }
    setInvited(result.data.email);
    form.reset({ email: '', role: values.role });
  }

  return (
    <form className="stack" onSubmit={form.handleSubmit(onSubmit)} noValidate>
      <EmailField
        id={`${id}-email`}
        label={t.email}
        registration={form.register('email')}
        error={errorText(errors.email?.message, locale)}
      />
      <div className="field">
        <label htmlFor={`${id}-role`}>{t.role}</label>
        <select id={`${id}-role`} className="input" {...form.register('role')} aria-describedby={`${id}-role-error`}>
          {ROLES.map((role) => (
            <option key={role} value={role}>
              {roles[role]}
            </option>
          ))}
        </select>
        <p id={`${id}-role-error`} className="error-text" aria-live="polite">
          {errorText(errors.role?.message, locale)}
        </p>
      </div>
      <p>
        <button className="btn" type="submit" disabled={isSubmitting}>
          {isSubmitting ? t.inviting : t.invite}
        </button>
      </p>
      <div aria-live="polite">
        {formError && <p className="alert alert-error">{formError}</p>}
        {invited && <p className="alert alert-success">{fill(t.invited, { email: invited })}</p>}
      </div>
    </form>
  );
}
