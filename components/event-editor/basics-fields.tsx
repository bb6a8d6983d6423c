import type { FieldErrors, UseFormRegister } from 'react-hook-form';
import type { EventBasicsValues } from '@/lib/events/editor-schema';
import type { EditorText } from './editor-text';
import { fieldNames } from './field-names';
import { InputField, TextAreaField } from './fields';
import { LanguageFieldset } from './language-fieldset';

export type BasicsFieldValues = EventBasicsValues;

interface Props<T extends BasicsFieldValues> {
  register: UseFormRegister<T>;
  errors: FieldErrors<BasicsFieldValues>;
  t: EditorText;
  slugLocked?: string;
  /** Called when the organizer types in the slug field, so it stops following the title. */
  onSlugInput?: () => void;
}

/** Title, slug, motto, description, themes (German and English) and dates: new-event form and basics section. */
export function BasicsFields<T extends BasicsFieldValues>({ register, errors, t, slugLocked, onSlugInput }: Props<T>) {
  const reg = register as unknown as UseFormRegister<BasicsFieldValues>;
  const b = t.basics;
  const n = fieldNames(t);
  const slug = reg('slug');
  return (
    <>
      <LanguageFieldset legend={t.common.german}>
        <InputField
          id="event-title"
          label={n.de(b.title)}
          required
          registration={reg('title')}
          error={errors.title?.message}
        />
        <InputField id="event-motto" label={n.de(b.motto)} registration={reg('motto')} error={errors.motto?.message} />
        <TextAreaField
          id="event-description"
          label={n.de(b.description)}
          rows={8}
          registration={reg('description')}
          error={errors.description?.message}
          hint={b.descriptionHint}
        />
        <TextAreaField
          id="event-themes"
          label={n.de(b.themes)}
          rows={4}
          registration={reg('themes')}
          error={errors.themes?.message}
          hint={b.themesHint}
        />
      </LanguageFieldset>
      <LanguageFieldset legend={t.common.english} hint={t.common.englishHint}>
        <InputField
          id="event-title-en"
          label={n.en(b.title)}
          registration={reg('titleEn')}
          error={errors.titleEn?.message}
        />
        <InputField
          id="event-motto-en"
          label={n.en(b.motto)}
          registration={reg('mottoEn')}
          error={errors.mottoEn?.message}
        />
        <TextAreaField
          id="event-description-en"
          label={n.en(b.description)}
          rows={8}
          registration={reg('descriptionEn')}
          error={errors.descriptionEn?.message}
          hint={b.descriptionHint}
        />
        <TextAreaField
          id="event-themes-en"
          label={n.en(b.themes)}
          rows={4}
          registration={reg('themesEn')}
          error={errors.themesEn?.message}
          hint={b.themesHint}
        />
      </LanguageFieldset>
      <InputField
        id="event-slug"
        label={b.slug}
        required
        registration={{
          ...slug,
          onChange: (event) => {
            onSlugInput?.();
            return slug.onChange(event);
          },
        }}
        error={errors.slug?.message}
        readOnly={Boolean(slugLocked)}
        hint={slugLocked ?? b.slugHint}
      />
      <InputField
        id="event-startsAt"
        type="datetime-local"
        label={b.startsAt}
        required
        registration={reg('startsAt')}
        error={errors.startsAt?.message}
        hint={b.startsAtHint}
      />
      <InputField
        id="event-endsAt"
        type="datetime-local"
        label={b.endsAt}
        required
        registration={reg('endsAt')}
        error={errors.endsAt?.message}
      />
    </>
  );
}
