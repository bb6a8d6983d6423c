'use client';

import { zodResolver } from '@hookform/resolvers/zod';
import { useFieldArray, useForm } from 'react-hook-form';
import { saveSessionAction } from '@/lib/events/programme-actions';
import { sessionSchema, type SessionInput, type SessionValues } from '@/lib/events/programme-schema';
import { InputField, TextAreaField } from './fields';
import { EntryButtons } from './entry-buttons';
import { SubmitButton } from './submit-button';
import { useEditorSubmit } from './use-editor-submit';

type Values = Required<Pick<SessionValues, 'startsAt' | 'title'>> & {
  endsAt: string;
  room: string;
  description: string;
  speakers: { name: string; role: string; organization: string }[];
};

interface Props {
  eventId: string;
  sessionId: string | null;
  defaults: Values;
  /** Unique per form on the page, for field ids. */
  idPrefix: string;
}

/** Adds or edits one programme item with its speakers (in display order). */
export function SessionForm({ eventId, sessionId, defaults, idPrefix }: Props) {
  const { register, control, handleSubmit, setError, getValues, reset, formState } = useForm<
    Values,
    unknown,
    SessionInput
  >({
    resolver: zodResolver(sessionSchema) as never,
    defaultValues: defaults,
  });
  const speakers = useFieldArray({ control, name: 'speakers' });
  const { submit, status } = useEditorSubmit(setError, sessionId ? 'Gespeichert.' : 'Programmpunkt hinzugefügt.');
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
      aria-label={sessionId ? `Programmpunkt bearbeiten: ${defaults.title}` : 'Neuer Programmpunkt'}
    >
      {status}
      <InputField
        id={id('title')}
        label="Titel"
        required
        registration={register('title')}
        error={errors.title?.message}
      />
      <InputField
        id={id('startsAt')}
        type="datetime-local"
        label="Beginn"
        required
        registration={register('startsAt')}
        error={errors.startsAt?.message}
      />
      <InputField
        id={id('endsAt')}
        type="datetime-local"
        label="Ende"
        registration={register('endsAt')}
        error={errors.endsAt?.message}
      />
      <InputField id={id('room')} label="Raum" registration={register('room')} error={errors.room?.message} />
      <TextAreaField
        id={id('description')}
        label="Beschreibung"
        registration={register('description')}
        error={errors.description?.message}
      />
      <fieldset>
        <legend>Mitwirkende</legend>
        {speakers.fields.length === 0 ? <p className="muted">Noch niemand eingetragen.</p> : null}
        {speakers.fields.map((field, i) => (
          <fieldset key={field.id} className="card">
            <legend>Person {i + 1}</legend>
            <InputField
              id={id(`speaker-${i}-name`)}
              label="Name"
              required
              registration={register(`speakers.${i}.name`)}
              error={errors.speakers?.[i]?.name?.message}
            />
            <InputField
              id={id(`speaker-${i}-role`)}
              label="Funktion"
              registration={register(`speakers.${i}.role`)}
              error={errors.speakers?.[i]?.role?.message}
            />
            <InputField
              id={id(`speaker-${i}-org`)}
              label="Organisation"
              registration={register(`speakers.${i}.organization`)}
              error={errors.speakers?.[i]?.organization?.message}
            />
            <EntryButtons
              entryLabel="Person"
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
            onClick={() => speakers.append({ name: '', role: '', organization: '' })}
          >
            Person hinzufügen
          </button>
        </p>
      </fieldset>
      <SubmitButton pending={formState.isSubmitting} label={sessionId ? 'Speichern' : 'Programmpunkt hinzufügen'} />
    </form>
  );
}

export type SessionFormValues = Values;
