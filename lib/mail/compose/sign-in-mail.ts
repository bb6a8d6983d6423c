import SignInLink from '@/emails/sign-in-link';
import { getDictionary } from '@/lib/i18n/dictionaries';
import { renderMail } from '@/lib/mail/render';
import type { ComposedMail } from './types';

export interface SignInMailInput {
  /** The one-time magic link. */
  url: string;
  validMinutes: number;
}

/**
 * The organizers' magic-link sign-in mail. German: accounts keep no language, and the address alone does not say
 * which one the person reads.
 */
export async function composeSignInMail({ url, validMinutes }: SignInMailInput): Promise<ComposedMail> {
  const lang = 'de';
  const { html, text } = await renderMail(SignInLink({ lang, url, validMinutes }));
  return { subject: getDictionary(lang).mail.signIn.subject, html, text, attachments: [] };
}
