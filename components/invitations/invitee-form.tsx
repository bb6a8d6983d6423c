'use client';

import { useRef, useState } from 'react';
import { useForm } from 'react-hook-form';
import { errorText } from '@/components/registrations/field-errors';
import { schemaResolver } from '@/components/registrations/schema-resolver';
import { SelectField, TextField } from '@/components/ui/form-field';
import { fill, type Locale } from '@/lib/i18n/config';
import type { Dictionary } from '@/lib/i18n/dictionaries';
import { addInviteeAction } from '@/lib/invitations/actions';
import { type InviteeInput, type InviteeValues, inviteeSchema } from '@/lib/invitations/schema';
import { SALUTATIONS } from '@/lib/registrations/schema';

type Values = { [K in keyof InviteeValues]-?: string };

const EMPTY: Values = {
  salutation: '',
  title: '',
  firstName: '',
  lastName: '',
  email: '',
  organization: '',
  position: '',
  locale: 'de',
};

/** One invitee by hand; after adding, the form empties for the next person and says who was added. */
export function InviteeForm({
  slug,
  t,
  form: f,
  locale,
}: {
  slug: string;
  t: Dictionary['invitations'];
  form: Dictionary['form'];
  locale: Locale;
}) {
  const form = useForm<Values, unknown, InviteeInput>({
    resolver: schemaResolver<Values, InviteeInput>(inviteeSchema),
    defaultValues: EMPTY,
  });
  const { register, handleSubmit, setError, reset, formState } = form;
  const { errors } = formState;
  const [notice, setNotice] = useState<{ kind: 'success' | 'error'; text: string } | null>(null);
  const noticeRef = useRef<HTMLDivElement>(null);
  const err = (m: string | undefined) => errorText(m, locale);
  const show = (next: typeof notice) => {
    setNotice(next);
    requestAnimationFrame(() => noticeRef.current?.focus());
  };

  const onSubmit = handleSubmit(async (values) => {
    setNotice(null);
    try {
      const result = await addInviteeAction(slug, values);
      if (result.ok) {
        reset(EMPTY);
        show({ kind: 'success', text: fill(t.add.done, { name: `${values.firstName} ${values.lastName}` }) });
        return;
      }
      for (const [field, message] of Object.entries(result.fieldErrors ?? {}))
        setError(field as keyof Values, { type: 'server', message });
      show({ kind: 'error', text: result.formError ?? t.dashboard.unexpected });
    } catch {
      show({ kind: 'error', text: t.dashboard.unexpected });
    }
  });

  const option = (v: string) => (f as Record<string, string>)[`salutation.${v}`] ?? v;
  return (
    <form onSubmit={onSubmit} noValidate className="stack">
      <div aria-live="polite" ref={noticeRef} tabIndex={-1}>
        {notice ? <p className={`alert alert-${notice.kind}`}>{notice.text}</p> : null}
      </div>
      <SelectField
        id="salutation"
        label={f.salutation}
        registration={register('salutation')}
        error={err(errors.salutation?.message)}
        emptyLabel={f.noAnswer}
        options={SALUTATIONS.map((v) => ({ value: v, label: option(v) }))}
      />
      <TextField id="title" label={f.title} registration={register('title')} error={err(errors.title?.message)} />
      <TextField
        id="firstName"
        label={f.firstName}
        required
        registration={register('firstName')}
        error={err(errors.firstName?.message)}
      />
      <TextField
        id="lastName"
        label={f.lastName}
        required
        registration={register('lastName')}
        error={err(errors.lastName?.message)}
      />
      <TextField
        id="email"
        type="email"
        label={f.email}
        required
        registration={register('email')}
        error={err(errors.email?.message)}
      />
      <TextField
        id="organization"
        label={f.organization}
        registration={register('organization')}
        error={err(errors.organization?.message)}
      />
      <TextField
        id="position"
        label={f.position}
        registration={register('position')}
        error={err(errors.position?.message)}
      />
      <div className="field">
        <label htmlFor="locale">{t.add.locale}</label>
        <select id="locale" className="select" {...register('locale')}>
          <option value="de">{t.add.languages.de}</option>
          <option value="en">{t.add.languages.en}</option>
        </select>
      </div>
      <p>
        <button
          type="submit"
          className="btn"
          disabled={formState.isSubmitting}
          aria-busy={formState.isSubmitting || undefined}
        >
          {formState.isSubmitting ? t.dashboard.busy : t.add.submit}
        </button>
      </p>
    </form>
  );
}
