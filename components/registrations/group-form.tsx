'use client';

import { type RefObject, useMemo, useRef, useState } from 'react';
import { useFieldArray, useForm } from 'react-hook-form';
import { PrivacyLink } from '@/components/legal/privacy-link';
import { CheckboxField } from '@/components/ui/form-field';
import { fill, type Locale } from '@/lib/i18n/config';
import type { Dictionary } from '@/lib/i18n/dictionaries';
import type { QuestionDefinition } from '@/lib/questions/schema';
import { type GroupRegistrationResult, registerGroupAction } from '@/lib/registrations/group-actions';
import { buildGroupRegistrationSchema, type GroupRegistrationInput } from '@/lib/registrations/group-schema';
import { ErrorSummary } from './error-summary';
import { type ErrorTree, summaryItems } from './error-summary-items';
import { errorText } from './field-errors';
import { FormMessage, type FormMessageValue } from './form-message';
import { emptyMember, type GroupFormFields, SUBMITTER_FIELDS } from './group-form-types';
import styles from './group-form.module.css';
import { groupSummaryFields } from './group-summary-fields';
import { GroupMember } from './group-member';
import { GroupPersonFields } from './group-person-fields';
import { GroupResult } from './group-result';
import { HONEYPOT_NAME, HoneypotField } from './honeypot-field';
import { schemaResolver } from './schema-resolver';

interface Props {
  slug: string;
  locale: Locale;
  t: Dictionary['form'];
  g: Dictionary['approval']['group'];
  questions: QuestionDefinition[];
  maxGroupSize: number;
  /** Signed render time from issueFormToken(); the server refuses posts that come too fast. */
  formToken: string;
}

/**
 * "Kolleginnen und Kollegen anmelden": the submitter, then 1..maxGroupSize people with the event's questions, one
 * schema for form and server. The group is registered all or nothing; a refusal names the places left.
 */
export function GroupForm({ slug, locale, t, g, questions, maxGroupSize, formToken }: Props) {
  const [message, setMessage] = useState<FormMessageValue | null>(null);
  const [announcement, setAnnouncement] = useState('');
  const [done, setDone] = useState<{ result: GroupRegistrationResult; submitter: string } | null>(null);
  const messageRef = useRef<HTMLDivElement>(null);
  const summaryRef = useRef<HTMLDivElement>(null);
  const addRef = useRef<HTMLButtonElement>(null);
  const resolver = useMemo(
    () =>
      schemaResolver<GroupFormFields, GroupRegistrationInput>(buildGroupRegistrationSchema(questions, maxGroupSize)),
    [questions, maxGroupSize],
  );
  const form = useForm<GroupFormFields, unknown, GroupRegistrationInput>({
    resolver,
    defaultValues: {
      submitter: { salutation: '', title: '', firstName: '', lastName: '', email: '', organization: '' },
      members: [emptyMember(questions)],
      consents: { privacy: false },
      website: '',
      formToken,
    },
    shouldFocusError: false,
  });
  const { register, control, handleSubmit, setError, getValues, setFocus, formState } = form;
  const { errors } = formState;
  const { fields, append, remove } = useFieldArray({ control, name: 'members' });
  const summaryFields = useMemo(
    () => groupSummaryFields(fields.length, questions, t, g, locale),
    [fields.length, questions, t, g, locale],
  );
  const summary = summaryItems(errors as ErrorTree, summaryFields, (m) => errorText(m, locale));

  const focusLater = (ref: RefObject<HTMLElement | null>) => requestAnimationFrame(() => ref.current?.focus());

  function addMember() {
    const index = fields.length;
    append(emptyMember(questions), { shouldFocus: false });
    setAnnouncement(fill(g.memberAdded, { n: index + 1 }));
    requestAnimationFrame(() => setFocus(`members.${index}.firstName`));
  }

  function removeMember(index: number) {
    remove(index);
    setAnnouncement(fill(g.memberRemoved, { n: fields.length - 1 }));
    focusLater(addRef);
  }

  const onSubmit = handleSubmit(
    async (values) => {
      setMessage(null);
      const raw = { ...values, [HONEYPOT_NAME]: getValues('website'), formToken: getValues('formToken') };
      const result = await registerGroupAction(slug, raw).catch(() => null);
      if (result?.ok) return setDone({ result: result.data, submitter: values.submitter.email });
      if (!result) {
        setMessage({ kind: 'error', text: t.unexpected });
        focusLater(messageRef);
        return;
      }
      const fieldErrors = Object.entries(result.fieldErrors ?? {});
      for (const [path, text] of fieldErrors) setError(path as never, { type: 'server', message: text });
      if (result.formError || fieldErrors.length === 0) {
        setMessage({ kind: 'error', text: result.formError ?? t.unexpected });
        focusLater(messageRef);
      } else focusLater(summaryRef);
    },
    () => {
      setMessage(null);
      focusLater(summaryRef);
    },
  );

  if (done) return <GroupResult result={done.result} submitter={done.submitter} slug={slug} g={g} />;
  const busy = formState.isSubmitting;
  return (
    <form onSubmit={onSubmit} noValidate className="stack">
      <ErrorSummary ref={summaryRef} locale={locale} items={summary} />
      <FormMessage ref={messageRef} message={message} t={t} resending={false} onResend={() => undefined} />
      <input type="hidden" {...register('formToken')} />
      <fieldset className="card">
        <legend>{g.submitterLegend}</legend>
        <p className="hint">{g.submitterHint}</p>
        <GroupPersonFields
          prefix="submitter"
          fields={SUBMITTER_FIELDS}
          register={register}
          errors={errors}
          locale={locale}
          t={t}
          autofill
        />
        <HoneypotField label={t.honeypot} registration={register('website')} />
      </fieldset>
      <div className={styles.members}>
        {fields.map((field, index) => (
          <GroupMember
            key={field.id}
            index={index}
            questions={questions}
            register={register}
            errors={errors}
            locale={locale}
            t={t}
            g={g}
            onRemove={fields.length > 1 ? () => removeMember(index) : undefined}
          />
        ))}
      </div>
      <p aria-live="polite" className="visually-hidden">
        {announcement}
      </p>
      {fields.length < maxGroupSize ? (
        <p>
          <button ref={addRef} type="button" className="btn btn-secondary" onClick={addMember}>
            {g.addMember}
          </button>
        </p>
      ) : (
        <p className="muted">{g.maxReached}</p>
      )}
      <fieldset className="card">
        <legend>{t.consentLegend}</legend>
        <CheckboxField
          id="consent-privacy"
          label={t.privacyConsent}
          required
          registration={register('consents.privacy')}
          error={errorText(errors.consents?.privacy?.message ?? errors.consents?.message, locale)}
        />
        <PrivacyLink locale={locale} />
      </fieldset>
      <p>
        <button type="submit" className="btn btn-large" disabled={busy}>
          {busy ? g.submitting : g.submit}
        </button>
      </p>
    </form>
  );
}
