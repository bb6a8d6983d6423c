'use client';

import { useRouter } from 'next/navigation';
import { type RefObject, useMemo, useRef, useState } from 'react';
import { useForm } from 'react-hook-form';
import { answerDefault } from '@/components/questions/answer-default';
import { QuestionField } from '@/components/questions/question-field';
import { PrivacyLink } from '@/components/legal/privacy-link';
import { CheckboxField } from '@/components/ui/form-field';
import type { Locale } from '@/lib/i18n/config';
import type { Dictionary } from '@/lib/i18n/dictionaries';
import type { QuestionDefinition } from '@/lib/questions/schema';
import { registerAction, resendConfirmationAction } from '@/lib/registrations/actions';
import { buildRegistrationSchema, type RegistrationInput } from '@/lib/registrations/schema';
import { type AttendanceChoices, AttendanceFields } from './attendance-fields';
import { ErrorSummary } from './error-summary';
import { type ErrorTree, summaryItems } from './error-summary-items';
import { errorText, serverFieldErrors } from './field-errors';
import { FormMessage, type FormMessageValue } from './form-message';
import { HONEYPOT_NAME } from './honeypot-field';
import { PersonFields } from './person-fields';
import { PhotoNotice } from './photo-notice';
import type { RegistrationFormFields as FormValues } from './registration-form-types';
import { schemaResolver } from './schema-resolver';
import { summaryFields } from './summary-fields';

interface Props {
  slug: string;
  locale: Locale;
  t: Dictionary['form'];
  questions: QuestionDefinition[];
  photoNotice: string | null;
  /** Signed render time from issueFormToken(); the server refuses posts that come too fast. */
  formToken: string;
  /** Modes (hybrid) and bookable workshops; absent or empty shows neither. */
  attendance?: AttendanceChoices & { t: Dictionary['sessions'] };
  /** A personal invitation: its token goes with the registration, its data pre-fills the form, its e-mail is locked. */
  invitation?: { token: string; emailLockedHint: string; values: Partial<FormValues> };
}

/** The public registration form; validation messages come from the shared zod schema built from the event's questions. */
export function RegistrationForm(props: Props) {
  const { slug, locale, t, questions, photoNotice, formToken, invitation, attendance } = props;
  const router = useRouter();
  const [message, setMessage] = useState<FormMessageValue | null>(null);
  const [redirecting, setRedirecting] = useState(false);
  const [resending, setResending] = useState(false);
  const messageRef = useRef<HTMLDivElement>(null);
  const summaryRef = useRef<HTMLDivElement>(null);
  const resolver = useMemo(
    () => schemaResolver<FormValues, RegistrationInput>(buildRegistrationSchema(questions)),
    [questions],
  );
  const form = useForm<FormValues, unknown, RegistrationInput>({
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
      mode: attendance && attendance.modes.length > 1 ? attendance.modes[0]?.mode : undefined,
      sessions: [],
      ...invitation?.values,
    },
    // The error summary takes the focus instead; its links lead to the fields (GOV.UK pattern).
    shouldFocusError: false,
  });
  const { register, handleSubmit, setError, getValues, formState } = form;
  const { errors } = formState;
  const busy = formState.isSubmitting || redirecting;
  const err = (m: string | undefined) => errorText(m, locale);
  const fields = useMemo(
    () => summaryFields(t, attendance?.t, questions, locale),
    [t, attendance?.t, questions, locale],
  );
  const summary = summaryItems(errors as ErrorTree, fields, (m) => errorText(m, locale));

  function focusLater(ref: RefObject<HTMLDivElement | null>) {
    // Let the new content render first, then move focus so it is read and visible.
    requestAnimationFrame(() => ref.current?.focus());
  }

  function showMessage(next: FormMessageValue) {
    setMessage(next);
    focusLater(messageRef);
  }

  const onSubmit = handleSubmit(
    async (values) => {
      setMessage(null);
      let result: Awaited<ReturnType<typeof registerAction>>;
      try {
        // The schema strips the honeypot and the token, so they are added back for the server's checks.
        result = await registerAction(slug, {
          ...values,
          // Workshops are on-site places: an online registration books none, whatever was ticked before.
          sessions: values.mode === 'online' ? [] : values.sessions,
          [HONEYPOT_NAME]: getValues('website'),
          formToken: getValues('formToken'),
          ...(invitation ? { invitationToken: invitation.token } : {}),
        });
      } catch {
        showMessage({ kind: 'error', text: t.unexpected });
        return;
      }
      if (result.ok) {
        setRedirecting(true);
        const { manageToken, status } = result.data;
        // A registration waiting for review has its own page saying so and what comes next.
        router.push(
          status === 'pending' ? `/events/${slug}/register/received?m=${manageToken}` : `/manage/${manageToken}?neu=1`,
        );
        return;
      }
      const fieldErrors = serverFieldErrors(
        result.fieldErrors ?? {},
        questions.map((q) => q.id),
      );
      for (const { path, message: text } of fieldErrors) setError(path, { type: 'server', message: text });
      if (result.formError)
        showMessage({ kind: 'error', text: result.formError, duplicate: result.code === 'ALREADY_REGISTERED' });
      else if (fieldErrors.length === 0) showMessage({ kind: 'error', text: t.unexpected });
      else focusLater(summaryRef);
    },
    () => {
      setMessage(null);
      focusLater(summaryRef);
    },
  );

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

  return (
    <form onSubmit={onSubmit} noValidate>
      <ErrorSummary ref={summaryRef} locale={locale} items={summary} />
      <FormMessage ref={messageRef} message={message} t={t} resending={resending} onResend={resend} />
      <input type="hidden" {...register('formToken')} />
      <PersonFields form={form} locale={locale} t={t} emailLockedHint={invitation?.emailLockedHint} />
      {attendance ? (
        <AttendanceFields
          form={form}
          choices={attendance}
          t={attendance.t}
          errors={{ mode: err(errors.mode?.message), sessions: err(errors.sessions?.message) }}
        />
      ) : null}
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
