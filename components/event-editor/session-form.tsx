'use client';

import { zodResolver } from '@hookform/resolvers/zod';
import { useFieldArray, useForm } from 'react-hook-form';
import { saveSessionAction } from '@/lib/events/programme-actions';
import { fill } from '@/lib/i18n/config';
import { sessionSchema, type SessionInput, type SessionValues } from '@/lib/events/programme-schema';
import { localizeSessionAdminMessage } from '@/lib/events/session-admin-text';
import type { Dictionary } from '@/lib/i18n/dictionaries';
import { InputField, TextAreaField } from './fields';
import { useEditorText } from './editor-text';
import { EntryButtons } from './entry-buttons';
import { fieldNames } from './field-names';
import { LanguageFieldset } from './language-fieldset';
import { SessionBookingFields, type SessionBookingValues } from './session-booking-fields';
import { SubmitButton } from './submit-button';
import { useEditorSubmit } from './use-editor-submit';

type Values = Required<Pick<SessionValues, 'startsAt' | 'title'>> & {
  titleEn: string;
  endsAt: string;
  room: string;
  description: string;
  descriptionEn: string;
  speakers: { name: string; role: string; roleEn: string; organization: string }[];
} & SessionBookingValues;

interface Props {
  eventId: string;
  sessionId: string | null;
  defaults: Values;
  /** Unique per form on the page, for field ids. */
  idPrefix: string;
  /** Places taken by confirmed bookings of this session (0 for a new one). */
  booked: number;
  adminText: Dictionary['sessionAdmin'];
}

/** Adds or edits one programme item with its speakers (in display order). */
export function SessionForm({ eventId, sessionId, defaults, idPrefix, booked, adminText }: Props) {
  const text = useEditorText();
  const t = text.programme;
  const n = fieldNames(text);
  const { register, control, handleSubmit, setError, getValues, reset, watch, formState } = useForm<
    Values,
    unknown,
    SessionInput
  >({
    resolver: zodResolver(sessionSchema) as never,
    defaultValues: defaults,
  });
  const speakers = useFieldArray({ control, name: 'speakers' });
  const { submit, status } = useEditorSubmit(setError, sessionId ? text.common.saved : t.added);
  const onSubmit = handleSubmit(async () => {
    const saved = await submit(() => saveSessionAction(eventId, sessionId, getValues()));
    if (saved && !sessionId) reset(defaults);
  });
  const { errors } = formState;
  const id = (name: string) => `${idPrefix}-${name}`;
  return (
    <form
      onSubmit={onSubmit}
      noValidate
      aria-label={sessionId ? fill(t.editForm, { title: defaults.title }) : t.newForm}
    >
      {status}
      <LanguageFieldset legend={text.common.german}>
        <InputField
          id={id('title')}
          label={n.de(t.title)}
          required
          registration={register('title')}
          error={errors.title?.message}
        />
        <TextAreaField
          id={id('description')}
          label={n.de(t.description)}
          registration={register('description')}
          error={errors.description?.message}
        />
      </LanguageFieldset>
      <LanguageFieldset legend={text.common.english} hint={text.common.englishHint}>
        <InputField
          id={id('title-en')}
          label={n.en(t.title)}
          registration={register('titleEn')}
          error={errors.titleEn?.message}
        />
        <TextAreaField
          id={id('description-en')}
          label={n.en(t.description)}
          registration={register('descriptionEn')}
          error={errors.descriptionEn?.message}
        />
      </LanguageFieldset>
      <InputField
        id={id('startsAt')}
        type="datetime-local"
        label={t.startsAt}
        required
        registration={register('startsAt')}
        error={errors.startsAt?.message}
      />
      <InputField
        id={id('endsAt')}
        type="datetime-local"
        label={t.endsAt}
        registration={register('endsAt')}
        error={localizeSessionAdminMessage(errors.endsAt?.message, adminText.validation)}
      />
      <InputField id={id('room')} label={t.room} registration={register('room')} error={errors.room?.message} />
      <SessionBookingFields
        id={id}
        registrations={{
          bookable: register('bookable'),
          capacity: register('capacity'),
          waitlistEnabled: register('waitlistEnabled'),
        }}
        errors={{ bookable: errors.bookable?.message, capacity: errors.capacity?.message }}
        booked={booked}
        bookable={watch('bookable')}
        text={adminText}
      />
      <fieldset>
        <legend>{t.speakers}</legend>
        {speakers.fields.length === 0 ? <p className="muted">{t.noSpeakers}</p> : null}
        {speakers.fields.map((field, i) => (
          <fieldset key={field.id} className="card">
            <legend>{fill(t.personN, { n: i + 1 })}</legend>
            <InputField
              id={id(`speaker-${i}-name`)}
              label={t.name}
              required
              registration={register(`speakers.${i}.name`)}
              error={errors.speakers?.[i]?.name?.message}
            />
            <InputField
              id={id(`speaker-${i}-role`)}
              label={n.de(t.role)}
              registration={register(`speakers.${i}.role`)}
              error={errors.speakers?.[i]?.role?.message}
            />
            <InputField
              id={id(`speaker-${i}-role-en`)}
              label={n.en(t.role)}
              registration={register(`speakers.${i}.roleEn`)}
              error={errors.speakers?.[i]?.roleEn?.message}
            />
            <InputField
              id={id(`speaker-${i}-org`)}
              label={t.organization}
              registration={register(`speakers.${i}.organization`)}
              error={errors.speakers?.[i]?.organization?.message}
            />
            <EntryButtons
              entryLabel={t.person}
              index={i}
              onMoveUp={() => speakers.move(i, i - 1)}
              onRemove={() => speakers.remove(i)}
              className="actions"
            />
          </fieldset>
        ))}
        <p>
          <button
            type="button"
            className="btn btn-secondary"
            onClick={() => speakers.append({ name: '', role: '', roleEn: '', organization: '' })}
          >
            {t.addPerson}
          </button>
        </p>
      </fieldset>
      <SubmitButton pending={formState.isSubmitting} label={sessionId ? text.common.save : t.add} />
    </form>
  );
}

export type SessionFormValues = Values;
