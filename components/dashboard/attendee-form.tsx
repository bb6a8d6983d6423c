'use client';

import { zodResolver } from '@hookform/resolvers/zod';
import { useRouter } from 'next/navigation';
import { useMemo, useRef, useState } from 'react';
import { useForm, type FieldValues, type Path, type Resolver } from 'react-hook-form';
import { answerDefault } from '@/components/questions/answer-default';
import { QuestionField } from '@/components/questions/question-field';
import { FIELD_ORDER } from '@/components/registrations/field-errors';
import { CheckboxField, SelectField, TextField } from '@/components/ui/form-field';
import { createManualRegistrationAction, updateRegistrationByOrganizerAction } from '@/lib/attendees/actions';
import { buildManualRegistrationSchema, buildOrganizerUpdateSchema, MANUAL_GUEST_TYPES } from '@/lib/attendees/schema';
import type { Locale } from '@/lib/i18n/config';
import type { Dictionary } from '@/lib/i18n/dictionaries';
import type { QuestionDefinition } from '@/lib/questions/schema';
import { validationMessage } from '@/lib/registrations/messages';
import { SALUTATIONS, SECTORS, STATES } from '@/lib/registrations/schema';

export interface AttendeeFormValues {
  salutation: string | null;
  title: string | null;
  firstName: string;
  lastName: string;
  organization: string | null;
  position: string | null;
  sector: string | null;
  state: string | null;
  answers: Record<string, unknown>;
}

interface Texts {
  t: Dictionary['dashboard']['registration'];
  form: Dictionary['form'];
  locale: Locale;
}

type Props = Texts &
  (
    | { mode: 'create'; slug: string; questions: QuestionDefinition[] }
    | {
        mode: 'edit';
        slug: string;
        questions: QuestionDefinition[];
        registrationId: string;
        registration: AttendeeFormValues;
      }
  );

// The person fields in the order the registration form shows them, after the organizer's guest type.
const FIELDS = ['guestType', ...FIELD_ORDER];
const choice = (values: readonly string[], v: string | null) => (v && values.includes(v) ? v : '');

/** Adds a guest or speaker, or corrects a registration; validated by the same schemas as the server action. */
export function AttendeeForm(props: Props) {
  const { slug, questions, t, form, locale } = props;
  // Salutations and sectors have dictionary labels; the states keep their own (German) names.
  const labelled = (values: readonly string[], prefix: 'salutation' | 'sector') =>
    values.map((v) => ({ value: v, label: form[`${prefix}.${v}` as keyof typeof form] ?? v }));
  const states = STATES.map((v) =>
    v === 'Andere' ? { value: v, label: form['state.Andere'] } : { value: v, label: v, lang: 'de' },
  );
  const router = useRouter();
  const [formError, setFormError] = useState<string | null>(null);
  const [saved, setSaved] = useState(false);
  const alertRef = useRef<HTMLDivElement>(null);
  const schema = useMemo(
    () => (props.mode === 'create' ? buildManualRegistrationSchema(questions) : buildOrganizerUpdateSchema(questions)),
    [props.mode, questions],
  );
  const r = props.mode === 'edit' ? props.registration : null;
  const { register, handleSubmit, setError, formState } = useForm<FieldValues>({
    resolver: zodResolver(schema as never) as unknown as Resolver<FieldValues>,
    defaultValues: {
      ...(props.mode === 'create' ? { guestType: 'guest', overCapacity: false, email: '' } : {}),
      salutation: choice(SALUTATIONS, r?.salutation ?? null),
      title: r?.title ?? '',
      firstName: r?.firstName ?? '',
      lastName: r?.lastName ?? '',
      organization: r?.organization ?? '',
      position: r?.position ?? '',
      sector: choice(SECTORS, r?.sector ?? null),
      state: choice(STATES, r?.state ?? null),
      answers: Object.fromEntries(questions.map((q) => [q.id, answerDefault(q, r?.answers[q.id])])),
    },
    shouldFocusError: true,
  });
  const { errors } = formState;
  const msg = (m: unknown) =>
    typeof m === 'string' ? (m.includes(' ') ? m : validationMessage(m, locale)) : undefined;
  const err = (field: string) => msg(errors[field]?.message);
  const answerErrors = (errors.answers ?? {}) as Record<string, { message?: string } | undefined>;

  const onSubmit = handleSubmit(async (values) => {
    setFormError(null);
    setSaved(false);
    let result: Awaited<ReturnType<typeof createManualRegistrationAction | typeof updateRegistrationByOrganizerAction>>;
    try {
      result =
        props.mode === 'create'
          ? await createManualRegistrationAction(slug, values)
          : await updateRegistrationByOrganizerAction(slug, props.registrationId, values);
    } catch {
      result = {
        ok: false,
        code: 'INTERNAL_ERROR',
        formError: t.unexpected,
      };
    }
    if (result.ok) {
      if (props.mode === 'create' && 'id' in result.data)
        return router.push(`/dashboard/events/${slug}/registrations/${result.data.id}`);
      setSaved(true);
      router.refresh();
      return;
    }
    // An address that is already registered belongs to the e-mail field, like the form's own checks.
    const duplicate = result.code === 'ALREADY_REGISTERED';
    const fieldErrors: Record<string, string | undefined> = duplicate
      ? { email: result.formError }
      : (result.fieldErrors ?? {});
    const formError = duplicate ? undefined : result.formError;
    const order = [...FIELDS, ...questions.map((q) => `answers.${q.id}`)].filter((f) => fieldErrors[f]);
    for (const [i, f] of order.entries()) {
      setError(f as Path<FieldValues>, { type: 'server', message: fieldErrors[f] }, { shouldFocus: i === 0 });
    }
    if (formError || order.length === 0) {
      setFormError(formError ?? t.checkInput);
      requestAnimationFrame(() => alertRef.current?.focus());
    }
  });

  return (
    <form onSubmit={onSubmit} noValidate className="stack">
      <div aria-live="polite" ref={alertRef} tabIndex={-1}>
        {formError && <p className="alert alert-error">{formError}</p>}
        {saved && <p className="alert alert-success">{t.saved}</p>}
      </div>
      {props.mode === 'create' && (
        <SelectField
          id="attendee-guestType"
          label={t.guestType}
          required
          registration={register('guestType')}
          error={err('guestType')}
          emptyLabel={t.choose}
          options={MANUAL_GUEST_TYPES.map((v) => ({ value: v, label: t[`guest.${v}`] }))}
        />
      )}
      <SelectField
        id="attendee-salutation"
        label={form.salutation}
        registration={register('salutation')}
        error={err('salutation')}
        emptyLabel={form.noAnswer}
        options={labelled(SALUTATIONS, 'salutation')}
      />
      <TextField id="attendee-title" label={form.title} registration={register('title')} error={err('title')} />
      <TextField
        id="attendee-firstName"
        label={form.firstName}
        required
        registration={register('firstName')}
        error={err('firstName')}
      />
      <TextField
        id="attendee-lastName"
        label={form.lastName}
        required
        registration={register('lastName')}
        error={err('lastName')}
      />
      {props.mode === 'create' && (
        <TextField
          id="attendee-email"
          label={form.email}
          type="email"
          required
          registration={register('email')}
          error={err('email')}
        />
      )}
      <TextField
        id="attendee-organization"
        label={form.organization}
        registration={register('organization')}
        error={err('organization')}
      />
      <TextField
        id="attendee-position"
        label={form.position}
        registration={register('position')}
        error={err('position')}
      />
      <SelectField
        id="attendee-sector"
        label={form.sector}
        registration={register('sector')}
        error={err('sector')}
        emptyLabel={form.noAnswer}
        options={labelled(SECTORS, 'sector')}
      />
      <SelectField
        id="attendee-state"
        label={form.state}
        registration={register('state')}
        error={err('state')}
        emptyLabel={form.noAnswer}
        options={states}
      />
      {questions.map((q) => (
        <QuestionField
          key={q.id}
          question={q}
          locale={locale}
          register={register}
          error={msg(answerErrors[q.id]?.message)}
          noAnswerLabel={form.noAnswer}
          requiredText={form.requiredHidden}
        />
      ))}
      {props.mode === 'create' && (
        <CheckboxField
          id="attendee-overCapacity"
          registration={register('overCapacity')}
          error={err('overCapacity')}
          label={t.overCapacityLabel}
        />
      )}
      <p>
        <button type="submit" className="btn" disabled={formState.isSubmitting}>
          {formState.isSubmitting ? t.saving : props.mode === 'create' ? t.submitCreate : t.submitEdit}
        </button>
      </p>
    </form>
  );
}
