import { fill, type Locale } from './config';
import { getDictionary } from './dictionaries';
import { errors } from './de/errors';

export type ErrorKey = keyof typeof errors;

export function isErrorKey(value: unknown): value is ErrorKey {
  return typeof value === 'string' && Object.hasOwn(errors, value);
}

/** The text of an error key in a language, placeholders filled. */
export function errorMessage(key: ErrorKey, locale: Locale, values: Record<string, string | number> = {}): string {
  return fill(getDictionary(locale).failures[key], values);
}
