'use client';

import { zodResolver } from '@hookform/resolvers/zod';
import { useRouter } from 'next/navigation';
import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { TextAreaField } from '@/components/ui/form-field';
import type { ActionResult } from '@/lib/edge/result';
import { errorText } from '@/lib/edge/field-errors';
import { certificateReasonSchema, type CertificateReasonValues } from '@/lib/certificates/schema';
import type { Locale } from '@/lib/i18n/config';

interface Props {
  id: string;
  heading: string;
  label: string;
  hint: string;
  submit: string;
  pending: string;
  done: string;
  locale: Locale;
  action: (values: CertificateReasonValues) => Promise<ActionResult<{ id: string }>>;
}

/** A form with one required reason (grant or revoke); reports the outcome in a live region. */
export function CertificateReasonForm(props: Props) {
  const { id, heading, label, hint, submit, pending, done, locale, action } = props;
  const router = useRouter();
  const [message, setMessage] = useState<{ ok: boolean; text: string } | null>(null);
  const { register, handleSubmit, setError, reset, formState } = useForm<CertificateReasonValues>({
    resolver: zodResolver(certificateReasonSchema) as never,
    defaultValues: { reason: '' },
  });
  const onSubmit = handleSubmit(async (values) => {
    setMessage(null);
    const result = await action(values);
    if (!result.ok) {
      const field = result.fieldErrors?.reason;
      if (field) setError('reason', { message: field });
      else setMessage({ ok: false, text: result.formError ?? result.code });
      return;
    }
    reset();
    setMessage({ ok: true, text: done });
    router.refresh();
  });
  return (
    <form onSubmit={onSubmit} noValidate aria-labelledby={`${id}-heading`} className="stack">
      <h3 id={`${id}-heading`}>{heading}</h3>
      <TextAreaField
        id={id}
        label={label}
        hint={hint}
        required
        rows={2}
        registration={register('reason')}
        error={errorText(formState.errors.reason?.message, locale)}
      />
      <p>
        <button type="submit" className="btn btn-secondary" disabled={formState.isSubmitting}>
          {formState.isSubmitting ? pending : submit}
        </button>
      </p>
      <div aria-live="polite">
        {message && <p className={`alert alert-${message.ok ? 'success' : 'error'}`}>{message.text}</p>}
      </div>
    </form>
  );
}
