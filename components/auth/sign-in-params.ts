// Shared by the server page and its tests; the client form gets the results as props.

export const SIGN_IN_ERROR_MESSAGES: Record<string, string> = {
  EmailSignin:
    'Der Anmeldelink konnte gerade nicht versendet werden. Bitte versuchen Sie es in einigen Minuten erneut.',
  Verification: 'Dieser Anmeldelink ist abgelaufen oder wurde bereits verwendet. Bitte fordern Sie einen neuen an.',
  AccessDenied: 'Für diese Adresse ist kein Zugang eingerichtet.',
};

export const GENERIC_SIGN_IN_ERROR =
  'Die Anmeldung hat nicht geklappt. Bitte versuchen Sie es erneut oder wenden Sie sich an das Organisationsteam.';

/** The German message for next-auth's `?error=` code, or null when there is none. */
export function signInErrorMessage(code: string | null | undefined): string | null {
  if (!code) return null;
  return Object.hasOwn(SIGN_IN_ERROR_MESSAGES, code) ? SIGN_IN_ERROR_MESSAGES[code]! : GENERIC_SIGN_IN_ERROR;
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
