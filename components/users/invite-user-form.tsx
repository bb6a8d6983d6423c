'use client';

import { zodResolver } from '@hookform/resolvers/zod';
import { signIn } from 'next-auth/react';
import { useId, useState } from 'react';
import { useForm } from 'react-hook-form';
import { EmailField } from '@/components/ui/email-field';
import { ROLE_LABELS, ROLES } from '@/lib/auth/roles';
import { inviteUserAction } from '@/lib/users/actions';
import { inviteUserSchema, type InviteUserInput, type InviteUserValues } from '@/lib/users/schema';

/** Invites an address with a role; afterwards offers to send the sign-in link right away. */
export function InviteUserForm() {
  const id = useId();
  const [invited, setInvited] = useState<string | null>(null);
  const [formError, setFormError] = useState<string | null>(null);
  const [linkState, setLinkState] = useState<'idle' | 'sending' | 'sent' | 'failed'>('idle');
  const form = useForm<InviteUserValues, unknown, InviteUserInput>({
    resolver: zodResolver(inviteUserSchema),
    defaultValues: { email: '', role: 'staff' },
  });
  const { errors, isSubmitting } = form.formState;

  async function onSubmit(values: InviteUserInput) {
    setFormError(null);
    setInvited(null);
    setLinkState('idle');
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

  async function sendLink(email: string) {
    setLinkState('sending');
    try {
      const result = await signIn('email', { email, callbackUrl: '/dashboard', redirect: false });
      setLinkState(result?.ok && !result.error ? 'sent' : 'failed');
    } catch {
      setLinkState('failed');
    }
  }

  return (
    <form className="stack" onSubmit={form.handleSubmit(onSubmit)} noValidate>
      <EmailField
        id={`${id}-email`}
        label="E-Mail-Adresse"
        registration={form.register('email')}
        error={errors.email?.message}
      />
      <div className="field">
        <label htmlFor={`${id}-role`}>Rolle</label>
        <select id={`${id}-role`} className="input" {...form.register('role')} aria-describedby={`${id}-role-error`}>
          {ROLES.map((role) => (
            <option key={role} value={role}>
              {ROLE_LABELS[role]}
            </option>
          ))}
        </select>
        <p id={`${id}-role-error`} className="error-text" aria-live="polite">
          {errors.role?.message}
        </p>
      </div>
      <p>
        <button className="btn" type="submit" disabled={isSubmitting}>
          {isSubmitting ? 'Wird eingeladen …' : 'Einladen'}
        </button>
      </p>
      <div aria-live="polite">
        {formError && <p className="alert alert-error">{formError}</p>}
        {invited && (
          <div className="alert alert-success stack">
            <p>
              {invited} ist eingeladen. Die Person meldet sich unter <strong>/signin</strong> mit dieser Adresse an und
              erhält dort einen Anmeldelink.
            </p>
            <p>
              <button
                type="button"
                className="btn btn-secondary"
                onClick={() => sendLink(invited)}
                disabled={linkState === 'sending' || linkState === 'sent'}
              >
                {linkState === 'sending' ? 'Wird gesendet …' : 'Anmeldelink jetzt senden'}
              </button>
            </p>
            {linkState === 'sent' && <p>Der Anmeldelink ist unterwegs.</p>}
            {linkState === 'failed' && (
              <p>Der Anmeldelink konnte nicht gesendet werden. Die Person kann ihn unter /signin selbst anfordern.</p>
            )}
          </div>
        )}
      </div>
    </form>
  );
}
