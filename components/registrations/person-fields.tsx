'use client';

import { useState } from 'react';
import type { UseFormReturn } from 'react-hook-form';
import { SelectField, TextField } from '@/components/ui/form-field';
import type { Locale } from '@/lib/i18n/config';
import type { Dictionary } from '@/lib/i18n/dictionaries';
import { type RegistrationInput, SALUTATIONS, SECTORS, STATES } from '@/lib/registrations/schema';
import { EmailSuggestionHint } from './email-suggestion-hint';
import { errorText } from './field-errors';
import { HoneypotField } from './honeypot-field';
import type { RegistrationFormFields } from './registration-form-types';

interface Props {
  form: UseFormReturn<RegistrationFormFields, unknown, RegistrationInput>;
  locale: Locale;
  t: Dictionary['form'];
  /** Set on an invitation: the e-mail is the invitation's, shown read-only with this explanation. */
  emailLockedHint?: string;
}

/** The registration form's person fields (Anrede to Bundesland), with the e-mail typo hint and the honeypot. */
export function PersonFields({ form, locale, t, emailLockedHint }: Props) {
  const { register, setValue, setFocus, formState } = form;
  const { errors } = formState;
  const [suggestion, setSuggestion] = useState<string | null>(null);
  const option = (prefix: 'salutation' | 'sector' | 'state', value: string) =>
    (t as Record<string, string>)[`${prefix}.${value}`] ?? value;
  const err = (m: string | undefined) => errorText(m, locale);
  const emailRegistration = register('email');

  function applySuggestion(email: string) {
    setValue('email', email, { shouldValidate: formState.isSubmitted, shouldDirty: true });
    setSuggestion(null);
    setFocus('email');
  }

  return (
    <fieldset className="card">
      <legend>{t.personalData}</legend>
      <SelectField
        id="salutation"
        label={t.salutation}
        registration={register('salutation')}
        error={err(errors.salutation?.message)}
        emptyLabel={t.noAnswer}
        options={SALUTATIONS.map((v) => ({ value: v, label: option('salutation', v) }))}
      />
      <TextField
        id="title"
        label={t.title}
        hint={t.titleHint}
        registration={register('title')}
        error={err(errors.title?.message)}
        autoComplete="honorific-prefix"
      />
      <TextField
        id="firstName"
        label={t.firstName}
        required
        registration={register('firstName')}
        error={err(errors.firstName?.message)}
        autoComplete="given-name"
      />
      <TextField
        id="lastName"
        label={t.lastName}
        required
        registration={register('lastName')}
        error={err(errors.lastName?.message)}
        autoComplete="family-name"
      />
      <TextField
        id="email"
        type="email"
        label={t.email}
        hint={emailLockedHint ?? t.emailHint}
        readOnly={Boolean(emailLockedHint)}
        required
        error={err(errors.email?.message)}
        autoComplete="email"
        registration={{
          ...emailRegistration,
          onBlur: (e) => {
            const value = e.target.value;
            // The spell checker and its domain lists load on first use, not with the page.
            if (!emailLockedHint)
              void import('./email-suggestion').then(({ suggestEmail }) => setSuggestion(suggestEmail(value)));
            return emailRegistration.onBlur(e);
          },
        }}
      />
      <EmailSuggestionHint
        suggestion={suggestion}
        question={t.emailSuggestion}
        applyLabel={t.emailSuggestionApply}
        onApply={applySuggestion}
      />
      <TextField
        id="organization"
        label={t.organization}
        registration={register('organization')}
        error={err(errors.organization?.message)}
        autoComplete="organization"
      />
      <TextField
        id="position"
        label={t.position}
        registration={register('position')}
        error={err(errors.position?.message)}
        autoComplete="organization-title"
      />
      <SelectField
        id="sector"
        label={t.sector}
        registration={register('sector')}
        error={err(errors.sector?.message)}
        emptyLabel={t.noAnswer}
        options={SECTORS.map((v) => ({ value: v, label: option('sector', v) }))}
      />
      <SelectField
        id="state"
        label={t.state}
        registration={register('state')}
        error={err(errors.state?.message)}
        emptyLabel={t.noAnswer}
        options={STATES.map((v) => ({ value: v, label: option('state', v) }))}
      />
      <HoneypotField label={t.honeypot} registration={register('website')} />
    </fieldset>
  );
}
