import type { Locale } from '@/lib/i18n/config';

/**
 * One content field in the language a page shows. `lang` is `'de'` only when an English page shows the German
 * text because no English one exists, so the element can carry `lang="de"` for screen readers and hyphenation.
 */
export interface LocalizedField<T> {
  value: T;
  lang: 'de' | undefined;
}

function isEmpty(value: string | readonly string[] | null | undefined): boolean {
  if (value == null) return true;
  if (typeof value === 'string') return value.trim() === '';
  return value.length === 0;
}

/** Tracks which fields fell back to German while an event is localized. */
class FallbackLog {
  readonly fields: string[] = [];
  constructor(readonly locale: Locale) {}

  pick<T extends string | readonly string[] | null>(name: string, de: T, en: T | null | undefined): LocalizedField<T> {
    if (this.locale === 'de') return { value: de, lang: undefined };
    if (!isEmpty(en)) return { value: en as T, lang: undefined };
    if (isEmpty(de)) return { value: de, lang: undefined };
    this.fields.push(name);
    return { value: de, lang: 'de' };
  }
}

/** The German or English text of one field, with fallback to German; for callers that need no `lang`. */
export function pickText<T extends string | null>(de: T, en: string | null | undefined, locale: Locale): T | string {
  return locale === 'en' && !isEmpty(en) ? (en as string) : de;
}

export interface SpeakerContent {
  role?: string | null;
  roleEn?: string | null;
}

export interface SessionContent {
  title: string;
  titleEn?: string | null;
  description?: string | null;
  descriptionEn?: string | null;
  speakers?: SpeakerContent[];
}

export interface HostContent {
  role?: string | null;
  roleEn?: string | null;
}

export interface EventContent {
  title: string;
  titleEn?: string | null;
  motto?: string | null;
  mottoEn?: string | null;
  description?: string | null;
  descriptionEn?: string | null;
  themes?: string[];
  themesEn?: string[] | null;
  venueDirections?: string | null;
  venueDirectionsEn?: string | null;
  photoNotice?: string | null;
  photoNoticeEn?: string | null;
  sessions?: SessionContent[];
  hosts?: HostContent[];
}

type LocalizedSpeaker<P> = Omit<P, 'role'> & { role: LocalizedField<string | null> };
type LocalizedSession<S extends SessionContent> = Omit<S, 'title' | 'description' | 'speakers'> & {
  title: LocalizedField<string>;
  description: LocalizedField<string | null>;
  speakers: LocalizedSpeaker<NonNullable<S['speakers']>[number]>[];
};
type LocalizedHost<H extends HostContent> = Omit<H, 'role'> & { role: LocalizedField<string | null> };

export interface LocalizedEvent<E extends EventContent> {
  title: LocalizedField<string>;
  motto: LocalizedField<string | null>;
  description: LocalizedField<string | null>;
  themes: LocalizedField<string[]>;
  venueDirections: LocalizedField<string | null>;
  photoNotice: LocalizedField<string | null>;
  sessions: LocalizedSession<NonNullable<E['sessions']>[number]>[];
  hosts: LocalizedHost<NonNullable<E['hosts']>[number]>[];
  /** Names of the fields shown in German on an English page ("title", "sessions.2.description", …). */
  fallbacks: string[];
}

/**
 * The content of an event for one locale: English where the organizer entered it, German field by field
 * otherwise. Pure (no database), so pages, the API, calendar files and mails share it.
 */
export function localizeEvent<E extends EventContent>(event: E, locale: Locale): LocalizedEvent<E> {
  const log = new FallbackLog(locale);
  const sessions = (event.sessions ?? []).map((session, i) => ({
    ...session,
    title: log.pick(`sessions.${i}.title`, session.title, session.titleEn),
    description: log.pick(`sessions.${i}.description`, session.description ?? null, session.descriptionEn),
    speakers: (session.speakers ?? []).map((speaker, j) => ({
      ...speaker,
      role: log.pick(`sessions.${i}.speakers.${j}.role`, speaker.role ?? null, speaker.roleEn),
    })),
  }));
  const hosts = (event.hosts ?? []).map((host, i) => ({
    ...host,
    role: log.pick(`hosts.${i}.role`, host.role ?? null, host.roleEn),
  }));
  return {
    title: log.pick('title', event.title, event.titleEn),
    motto: log.pick('motto', event.motto ?? null, event.mottoEn),
    description: log.pick('description', event.description ?? null, event.descriptionEn),
    themes: log.pick('themes', event.themes ?? [], event.themesEn),
    venueDirections: log.pick('venueDirections', event.venueDirections ?? null, event.venueDirectionsEn),
    photoNotice: log.pick('photoNotice', event.photoNotice ?? null, event.photoNoticeEn),
    sessions: sessions as LocalizedEvent<E>['sessions'],
    hosts: hosts as LocalizedEvent<E>['hosts'],
    fallbacks: log.fields,
  };
}

/** The event title in a locale, falling back to German (mail subjects, calendar files, headings). */
export function localizedTitle(event: { title: string; titleEn?: string | null }, locale: Locale): string {
  return pickText(event.title, event.titleEn, locale);
}
