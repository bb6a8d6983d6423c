// Shared by the server page and its tests; the client form gets the results as props.
import type { Dictionary } from '@/lib/i18n/dictionaries';

type SignInErrors = Dictionary['auth']['signInErrors'];

/** The message for next-auth's `?error=` code in the given texts, or null when there is none. */
export function signInErrorMessage(code: string | null | undefined, texts: SignInErrors): string | null {
  if (!code) return null;
  return code !== 'generic' && Object.hasOwn(texts, code) ? texts[code as keyof SignInErrors] : texts.generic;
}

/** The callbackUrl if it is a same-site relative path ("/dashboard?x=1"), else null; blocks "//evil" and "/\\evil". */
export function safeCallbackUrl(value: string | null | undefined): string | null {
  if (!value?.startsWith('/') || value.startsWith('//') || value.startsWith('/\\')) return null;
  // Control characters could be stripped by browsers and turn the path into something else.
  if (/[\u0000-\u001f\u007f]/.test(value)) return null;
  try {
    const url = new URL(value, 'http://localhost');
    return url.origin === 'http://localhost' ? `${url.pathname}${url.search}${url.hash}` : null;
  } catch {
    return null;
  }
}

/** The first value of a searchParams entry. */
export function firstParam(value: string | string[] | undefined): string | undefined {
  return Array.isArray(value) ? value[0] : value;
}
