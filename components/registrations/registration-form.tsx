'use client';

import { useRouter } from 'next/navigation';
import { useMemo, useRef, useState } from 'react';
import { useForm } from 'react-hook-form';
import { CheckboxField, SelectField, TextField } from '@/components/ui/form-field';
import type { Locale } from '@/lib/i18n/config';
import type { Dictionary } from '@/lib/i18n/dictionaries';
import type { QuestionDefinition } from '@/lib/questions/schema';
import { registerAction, resendConfirmationAction } from '@/lib/registrations/actions';
import {
  buildRegistrationSchema,
  SALUTATIONS,
  SECTORS,
  STATES,
  type RegistrationFormValues,
  type RegistrationInput,
} from '@/lib/registrations/schema';
import { EmailSuggestionHint } from './email-suggestion-hint';
import { errorText, serverFieldErrors } from './field-errors';
import { HONEYPOT_NAME, HoneypotField } from './honeypot-field';
import { PhotoNotice } from './photo-notice';
import { schemaResolver } from './schema-resolver';
import { answerDefault } from '@/components/questions/answer-default';
import { QuestionField } from '@/components/questions/question-field';
import { PrivacyLink } from '@/components/legal/privacy-link';

interface Props {
  slug: string;
  locale: Locale;
  t: Dictionary['form'];
  questions: QuestionDefinition[];
  photoNotice: string | null;
  /** Signed render time from issueFormToken(); the server refuses posts that come too fast. */
  formToken: string;
}

type FormValues = Omit<RegistrationFormValues, 'answers'> & {
  answers: Record<string, unknown>;
  website: string;
  formToken: string;
};
type FormMessage = { kind: 'error' | 'info'; text: string; duplicate?: boolean };

/** The public registration form; validation messages come from the shared zod schema built from the event's questions. */
export function RegistrationForm({ slug, locale, t, questions, photoNotice, formToken }: Props) {
  const router = useRouter();
  const [message, setMessage] = useState<FormMessage | null>(null);
  const [redirecting, setRedirecting] = useState(false);
  const [resending, setResending] = useState(false);
  const [suggestion, setSuggestion] = useState<string | null>(null);
  const messageRef = useRef<HTMLDivElement>(null);
  const resolver = useMemo(
    () => schemaResolver<FormValues, RegistrationInput>(buildRegistrationSchema(questions)),
    [questions],
  );
  const { register, handleSubmit, setError, getValues, setValue, setFocus, formState } = useForm<
    FormValues,
    unknown,
    RegistrationInput
  >({
    resolver,
    defaultValues: {
      salutation: '',
      title: '',
      firstName: '',
      lastName: '',
      email: '',
      organization: '',
      position: '',
      sector: '',
      state: '',
      answers: Object.fromEntries(questions.map((q) => [q.id, answerDefault(q, undefined)])),
      newsletter: false,
      website: '',
      formToken,
    },
    shouldFocusError: true,
  });
  const { errors } = formState;
  const busy = formState.isSubmitting || redirecting;
  const option = (prefix: 'salutation' | 'sector' | 'state', value: string) =>
    (t as Record<string, string>)[`${prefix}.${value}`] ?? value;
  const err = (m: string | undefined) => errorText(m, locale);
  const emailRegistration = register('email');

  function showMessage(next: FormMessage) {
    setMessage(next);
    // Let the live region render the text first, then move focus so it is read and visible.
    requestAnimationFrame(() => messageRef.current?.focus());
  }

  const onSubmit = handleSubmit(async (values) => {
    setMessage(null);
    let result: Awaited<ReturnType<typeof registerAction>>;
    try {
      // The schema strips the honeypot and the token, so they are added back for the server's checks.
      result = await registerAction(slug, {
        ...values,
        [HONEYPOT_NAME]: getValues('website'),
        formToken: getValues('formToken'),
      });
    } catch {
      showMessage({ kind: 'error', text: t.unexpected });
      return;
    }
    if (result.ok) {
      setRedirecting(true);
      router.push(`/manage/${result.data.manageToken}?neu=1`);
      return;
    }
    const fieldErrors = serverFieldErrors(
      result.fieldErrors ?? {},
      questions.map((q) => q.id),
    );
    for (const [i, { path, message: text }] of fieldErrors.entries()) {
      setError(path, { type: 'server', message: text }, { shouldFocus: i === 0 });
    }
    if (result.formError)
      showMessage({ kind: 'error', text: result.formError, duplicate: result.code === 'ALREADY_REGISTERED' });
    else if (fieldErrors.length === 0) showMessage({ kind: 'error', text: t.unexpected });
  });

  async function resend() {
    setResending(true);
    try {
      const result = await resendConfirmationAction(slug, getValues('email'));
      showMessage({ kind: 'info', text: result.ok ? result.data.message : (result.formError ?? t.unexpected) });
    } catch {
      showMessage({ kind: 'error', text: t.unexpected });
    } finally {
      setResending(false);
    }
  }

  function applySuggestion(email: string) {
    setValue('email', email, { shouldValidate: formState.isSubmitted, shouldDirty: true });
    setSuggestion(null);
    setFocus('email');
  }

  return (
    <form onSubmit={onSubmit} noValidate>
      <div aria-live="polite" ref={messageRef} tabIndex={-1}>
        {message ? (
          <div className={`alert alert-${message.kind} stack`}>
            <p>{message.text}</p>
            {message.duplicate ? (
              <p>
                <button type="button" className="btn btn-secondary" onClick={resend} disabled={resending}>
                  {resending ? t.resending : t.resend}
                </button>
              </p>
            ) : null}
          </div>
        ) : null}
      </div>
      <input type="hidden" {...register('formToken')} />
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
          hint={t.emailHint}
          required
          error={err(errors.email?.message)}
          autoComplete="email"
          registration={{
            ...emailRegistration,
            onBlur: (e) => {
              const value = e.target.value;
              // The spell checker and its domain lists load on first use, not with the page.
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
      {questions.length > 0 ? (
        <fieldset className="card">
          <legend>{t.questionsLegend}</legend>
          {questions.map((q) => (
            <QuestionField
              key={q.id}
              question={q}
              locale={locale}
              requiredText={t.requiredHidden}
              noAnswerLabel={t.noAnswer}
              register={register}
              error={err((errors.answers as Record<string, { message?: string }> | undefined)?.[q.id]?.message)}
            />
          ))}
        </fieldset>
      ) : null}
      <fieldset className="card">
        <legend>{t.consentLegend}</legend>
        <CheckboxField
          id="consent-privacy"
          label={t.privacyConsent}
          required
          registration={register('consents.privacy')}
          error={err(errors.consents?.privacy?.message ?? errors.consents?.message)}
        />
        <PrivacyLink locale={locale} />
      </fieldset>
      <fieldset className="card">
        <legend>{t.newsletterLegend}</legend>
        <CheckboxField
          id="newsletter"
          label={t.newsletter}
          registration={register('newsletter')}
          error={err(errors.newsletter?.message)}
        />
      </fieldset>
      {photoNotice ? <PhotoNotice title={t.photoNoticeTitle} text={photoNotice} /> : null}
      <p>
        <button type="submit" className="btn btn-large" disabled={busy}>
          {busy ? t.submitting : t.submit}
        </button>
      </p>
    </form>
  );
}
