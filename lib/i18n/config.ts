/** The languages of the public pages and the attendee mails. */
export type Locale = 'de' | 'en';

/** Locales of the public pages; German first and the default. */
export const LOCALES = ['de', 'en'] as const satisfies readonly Locale[];
export const DEFAULT_LOCALE: Locale = 'de';
/** Name of the cookie that remembers the chosen language. */
export const LOCALE_COOKIE = 'lang';
/** One year, in seconds. */
export const LOCALE_COOKIE_MAX_AGE = 60 * 60 * 24 * 365;

/** True for a supported locale code. */
export function isLocale(value: unknown): value is Locale {
  return typeof value === 'string' && (LOCALES as readonly string[]).includes(value);
}

/** A supported locale from any input, falling back to German. */
export function toLocale(value: unknown): Locale {
  return isLocale(value) ? value : DEFAULT_LOCALE;
}

/** The lang attribute for organiser-entered content (written in German) on a page shown in `locale`. */
export function contentLang(locale: Locale): 'de' | undefined {
  return locale === 'de' ? undefined : 'de';
}

/** Replaces `{name}` placeholders; unknown placeholders stay visible so a missing value is noticed. */
export function fill(template: string, values: Record<string, string | number>): string {
  return template.replace(/\{(\w+)\}/g, (match, name: string) => (name in values ? String(values[name]) : match));
}
