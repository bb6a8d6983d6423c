import { fill, type Locale } from './config';
import { errors as de } from './de/errors';
import { errors as en } from './en/errors';

export type ErrorKey = keyof typeof de;

const ERRORS: Record<Locale, Record<ErrorKey, string>> = { de, en };

export function isErrorKey(value: unknown): value is ErrorKey {
  return typeof value === 'string' && Object.hasOwn(de, value);
}

/** The text of an error key in a language, placeholders filled. */
export function errorMessage(key: ErrorKey, locale: Locale, values: Record<string, string | number> = {}): string {
  return fill(ERRORS[locale][key], values);
}
