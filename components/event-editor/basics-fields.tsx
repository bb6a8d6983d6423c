import type { EventBasicsValues } from '@/lib/events/editor-schema';
import type { FieldErrors, UseFormRegister } from 'react-hook-form';
import { InputField, TextAreaField } from './fields';

export type BasicsFieldValues = EventBasicsValues;

interface Props<T extends BasicsFieldValues> {
  register: UseFormRegister<T>;
  errors: FieldErrors<BasicsFieldValues>;
  slugLocked?: string;
}

/** Title, slug, motto, description, themes and dates: shared by the new-event form and the basics section. */
export function BasicsFields<T extends BasicsFieldValues>({ register, errors, slugLocked }: Props<T>) {
  const reg = register as unknown as UseFormRegister<BasicsFieldValues>;
  return (
    <>
      <InputField id="event-title" label="Titel" required registration={reg('title')} error={errors.title?.message} />
      <InputField
        id="event-slug"
        label="Kurzadresse"
        required
        registration={reg('slug')}
        error={errors.slug?.message}
        readOnly={Boolean(slugLocked)}
        hint={slugLocked ?? 'Teil der Adresse /events/…: Kleinbuchstaben, Ziffern und Bindestriche.'}
      />
      <InputField id="event-motto" label="Motto" registration={reg('motto')} error={errors.motto?.message} />
      <TextAreaField
        id="event-description"
        label="Beschreibung"
        rows={8}
        registration={reg('description')}
        error={errors.description?.message}
        hint="Markdown: **fett**, *kursiv*, Listen mit „- “, Links als [Text](https://…). HTML wird nicht übernommen."
      />
      <TextAreaField
        id="event-themes"
        label="Themen"
        rows={4}
        registration={reg('themes')}
        error={errors.themes?.message}
        hint="Ein Thema pro Zeile."
      />
      <InputField
        id="event-startsAt"
        type="datetime-local"
        label="Beginn"
        required
        registration={reg('startsAt')}
        error={errors.startsAt?.message}
        hint="Ortszeit Leipzig (Europe/Berlin)."
      />
      <InputField
        id="event-endsAt"
        type="datetime-local"
        label="Ende"
        required
        registration={reg('endsAt')}
        error={errors.endsAt?.message}
      />
    </>
  );
}
