'use client';

import type { FieldErrors, UseFormRegister } from 'react-hook-form';
import { SelectField, TextField } from '@/components/ui/form-field';
import type { Locale } from '@/lib/i18n/config';
import type { Dictionary } from '@/lib/i18n/dictionaries';
import { SALUTATIONS, SECTORS, STATES } from '@/lib/registrations/schema';
import { errorText } from './field-errors';
import { fieldId, type GroupFormFields, type PersonField } from './group-form-types';

const CHOICES = { salutation: SALUTATIONS, sector: SECTORS, state: STATES } as const;
const AUTOCOMPLETE: Partial<Record<PersonField, string>> = {
  title: 'honorific-prefix',
  firstName: 'given-name',
  lastName: 'family-name',
  email: 'email',
  organization: 'organization',
  position: 'organization-title',
};
const REQUIRED: readonly PersonField[] = ['firstName', 'lastName', 'email'];

interface Props {
  /** `submitter` or `members.<i>`. */
  prefix: 'submitter' | `members.${number}`;
  fields: readonly PersonField[];
  register: UseFormRegister<GroupFormFields>;
  errors: FieldErrors<GroupFormFields>;
  locale: Locale;
  t: Dictionary['form'];
  /** Only the submitter's own address may be filled in by the browser; colleagues' fields stay empty. */
  autofill: boolean;
}

/** The person fields of the submitter or of one member, bound to `<prefix>.<field>`. */
export function GroupPersonFields({ prefix, fields, register, errors, locale, t, autofill }: Props) {
  const option = (kind: keyof typeof CHOICES, value: string) =>
    (t as Record<string, string>)[`${kind}.${value}`] ?? value;
  const errorOf = (field: PersonField) => {
    const [head, index] = prefix.split('.');
    const node = head === 'submitter' ? errors.submitter : errors.members?.[Number(index)];
    return errorText((node as Record<string, { message?: string }> | undefined)?.[field]?.message, locale);
  };
  return (
    <>
      {fields.map((field) => {
        const id = fieldId(prefix, field);
        const registration = register(`${prefix}.${field}` as never);
        if (field === 'salutation' || field === 'sector' || field === 'state')
          return (
            <SelectField
              key={field}
              id={id}
              label={t[field]}
              registration={registration}
              error={errorOf(field)}
              emptyLabel={t.noAnswer}
              options={CHOICES[field].map((v) => ({ value: v, label: option(field, v) }))}
            />
          );
        return (
          <TextField
            key={field}
            id={id}
            type={field === 'email' ? 'email' : undefined}
            label={t[field]}
            required={REQUIRED.includes(field)}
            registration={registration}
            error={errorOf(field)}
            autoComplete={autofill ? AUTOCOMPLETE[field] : 'off'}
          />
        );
      })}
    </>
  );
}
