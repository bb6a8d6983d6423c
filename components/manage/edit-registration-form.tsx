'use client';

import { zodResolver } from '@hookform/resolvers/zod';
import { useRouter } from 'next/navigation';
import { useMemo, useRef, useState } from 'react';
import { useForm, type Path } from 'react-hook-form';
import type { z } from 'zod';
import { answerDefault } from '@/components/questions/answer-default';
import { QuestionField } from '@/components/questions/question-field';
import { ErrorSummary } from '@/components/registrations/error-summary';
import { type ErrorTree, type SummaryField, summaryItems } from '@/components/registrations/error-summary-items';
import { errorText } from '@/components/registrations/field-errors';
import { SelectField, TextField } from '@/components/ui/form-field';
import type { Locale } from '@/lib/i18n/config';
import type { Dictionary } from '@/lib/i18n/dictionaries';
import { type QuestionDefinition, questionLabel } from '@/lib/questions/schema';
import { updateRegistrationAction } from '@/lib/registrations/manage-actions';
import { buildRegistrationUpdateSchema, SALUTATIONS, type RegistrationUpdateInput } from '@/lib/registrations/schema';

export interface EditableRegistration {
  salutation: string | null;
  title: string | null;
  firstName: string;
  lastName: string;
  organization: string | null;
  position: string | null;
  answers: Record<string, unknown>;
}

interface Props {
  token: string;
  locale: Locale;
  t: Dictionary['manage'];
  // Frau/Herr/Divers as the registration form shows them in this language ("Ms", "Mr", "Mx").
  salutationLabels: Record<(typeof SALUTATIONS)[number], string>;
  questions: QuestionDefinition[];
  registration: EditableRegistration;
}

type UpdateValues = z.input<ReturnType<typeof buildRegistrationUpdateSchema>>;

const PERSON_FIELDS = ['salutation', 'title', 'firstName', 'lastName', 'organization', 'position'] as const;

/** Corrects name, organisation and answers through the manage link; validated by the shared update schema. */
export function EditRegistrationForm({ token, locale, t, salutationLabels, questions, registration }: Props) {
  const router = useRouter();
  const [message, setMessage] = useState<{ kind: 'success' | 'error'; text: string } | null>(null);
  const messageRef = useRef<HTMLDivElement>(null);
  const schema = useMemo(() => buildRegistrationUpdateSchema(questions), [questions]);
  const { register, handleSubmit, setError, formState } = useForm<UpdateValues, unknown, RegistrationUpdateInput>({
    resolver: zodResolver(schema),
    defaultValues: {
      salutation: (SALUTATIONS as readonly string[]).includes(registration.salutation ?? '')
        ? (registration.salutation as UpdateValues['salutation'])
        : '',
      title: registration.title ?? '',
      firstName: registration.firstName,
      lastName: registration.lastName,
      organization: registration.organization ?? '',
      position: registration.position ?? '',
      answers: Object.fromEntries(questions.map((q) => [q.id, answerDefault(q, registration.answers[q.id])])),
    },
    // The error summary takes the focus instead; its links lead to the fields (GOV.UK pattern).
    shouldFocusError: false,
  });
  const { errors } = formState;
  const err = (m: unknown) => (typeof m === 'string' ? errorText(m, locale) : undefined);
  const answerErrors = (errors.answers ?? {}) as Record<string, { message?: string } | undefined>;
  const summaryRef = useRef<HTMLDivElement>(null);
  const fields: SummaryField[] = [
    ...PERSON_FIELDS.map((name) => ({
      name,
      targetId: `edit-${name}`,
      label: name === 'title' ? t.personTitle : t[name],
    })),
    ...questions.map((q) => ({ name: `answers.${q.id}`, targetId: `q-${q.id}`, label: questionLabel(q, locale) })),
  ];
  const summary = summaryItems(errors as ErrorTree, fields, (m) => errorText(m, locale));
  const focusSummary = () => requestAnimationFrame(() => summaryRef.current?.focus());

  function show(next: { kind: 'success' | 'error'; text: string }) {
    setMessage(next);
    requestAnimationFrame(() => messageRef.current?.focus());
  }

  const onSubmit = handleSubmit(async (values) => {
    setMessage(null);
    let result: Awaited<ReturnType<typeof updateRegistrationAction>>;
    try {
      result = await updateRegistrationAction(token, values);
    } catch {
      show({ kind: 'error', text: t.unexpected });
      return;
    }
    if (result.ok) {
      show({ kind: 'success', text: t.saved });
      router.refresh();
      return;
    }
    const order = [...PERSON_FIELDS, ...questions.map((q) => `answers.${q.id}`)];
    const fieldErrors = order.filter((f) => result.fieldErrors?.[f]);
    for (const f of fieldErrors) {
      setError(f as Path<UpdateValues>, { type: 'server', message: result.fieldErrors![f] });
    }
    if (result.formError || fieldErrors.length === 0) show({ kind: 'error', text: result.formError ?? t.unexpected });
    else focusSummary();
  }, focusSummary);

  return (
    <form onSubmit={onSubmit} noValidate aria-labelledby="edit-heading">
      <ErrorSummary ref={summaryRef} locale={locale} items={summary} />
      <div aria-live="polite" ref={messageRef} tabIndex={-1}>
        {message ? (
          <div className={`alert alert-${message.kind}`}>
            <p>{message.text}</p>
          </div>
        ) : null}
      </div>
      <SelectField
        id="edit-salutation"
        label={t.salutation}
        registration={register('salutation')}
        error={err(errors.salutation?.message)}
        emptyLabel={t.noAnswer}
        options={SALUTATIONS.map((v) => ({ value: v, label: salutationLabels[v] }))}
      />
      <TextField
        id="edit-title"
        label={t.personTitle}
        registration={register('title')}
        error={err(errors.title?.message)}
        autoComplete="honorific-prefix"
      />
      <TextField
        id="edit-firstName"
        label={t.firstName}
        required
        registration={register('firstName')}
        error={err(errors.firstName?.message)}
        autoComplete="given-name"
      />
      <TextField
        id="edit-lastName"
        label={t.lastName}
        required
        registration={register('lastName')}
        error={err(errors.lastName?.message)}
        autoComplete="family-name"
      />
      <TextField
        id="edit-organization"
        label={t.organization}
        registration={register('organization')}
        error={err(errors.organization?.message)}
        autoComplete="organization"
      />
      <TextField
        id="edit-position"
        label={t.position}
        registration={register('position')}
        error={err(errors.position?.message)}
        autoComplete="organization-title"
      />
      {questions.map((q) => (
        <QuestionField
          key={q.id}
          question={q}
          locale={locale}
          register={register}
          error={err(answerErrors[q.id]?.message)}
          noAnswerLabel={t.noAnswer}
          requiredText={t.requiredHidden}
        />
      ))}
      <p>
        <button type="submit" className="btn" disabled={formState.isSubmitting}>
          {formState.isSubmitting ? t.saving : t.save}
        </button>
      </p>
    </form>
  );
}
