'use client';

import type { UseFormReturn } from 'react-hook-form';
import { errorText } from '@/components/registrations/field-errors';
import { CheckboxField, SelectField, TextField } from '@/components/ui/form-field';
import type { Locale } from '@/lib/i18n/config';
import type { Dictionary } from '@/lib/i18n/dictionaries';
import { SALUTATIONS } from '@/lib/registrations/schema';
import type { SubstitutionFormValues, SubstitutionInput } from '@/lib/registrations/substitution-schema';

export const SUBSTITUTE_FIELDS = [
  'salutation',
  'title',
  'firstName',
  'lastName',
  'email',
  'organization',
  'position',
  'informed',
] as const;

interface Props {
  form: UseFormReturn<SubstitutionFormValues, unknown, SubstitutionInput>;
  /** Prefix of the field ids, so the manage page and the dashboard never share one. */
  idPrefix: string;
  locale: Locale;
  t: Dictionary['substitution']['manage'];
  salutationLabels: Record<(typeof SALUTATIONS)[number], string>;
}

/** The substitute's person fields, as on the registration form, and the holder's confirmation that they were told. */
export function SubstituteFields({ form, idPrefix, locale, t, salutationLabels }: Props) {
  const { register, formState } = form;
  const { errors } = formState;
  const err = (m: string | undefined) => errorText(m, locale);
  const id = (name: string) => `${idPrefix}-${name}`;
  return (
    <fieldset className="stack">
      <legend>{t.personLegend}</legend>
      <SelectField
        id={id('salutation')}
        label={t.salutation}
        registration={register('salutation')}
        error={err(errors.salutation?.message)}
        emptyLabel={t.noAnswer}
        options={SALUTATIONS.map((v) => ({ value: v, label: salutationLabels[v] }))}
      />
      <TextField
        id={id('title')}
        label={t.personTitle}
        registration={register('title')}
        error={err(errors.title?.message)}
        autoComplete="off"
      />
      <TextField
        id={id('firstName')}
        label={t.firstName}
        required
        registration={register('firstName')}
        error={err(errors.firstName?.message)}
        autoComplete="off"
      />
      <TextField
        id={id('lastName')}
        label={t.lastName}
        required
        registration={register('lastName')}
        error={err(errors.lastName?.message)}
        autoComplete="off"
      />
      <TextField
        id={id('email')}
        type="email"
        label={t.email}
        hint={t.emailHint}
        required
        registration={register('email')}
        error={err(errors.email?.message)}
        autoComplete="off"
      />
      <TextField
        id={id('organization')}
        label={t.organization}
        registration={register('organization')}
        error={err(errors.organization?.message)}
        autoComplete="off"
      />
      <TextField
        id={id('position')}
        label={t.position}
        registration={register('position')}
        error={err(errors.position?.message)}
        autoComplete="off"
      />
      <CheckboxField
        id={id('informed')}
        label={t.informed}
        required
        registration={register('informed')}
        error={err(errors.informed?.message)}
      />
    </fieldset>
  );
}
