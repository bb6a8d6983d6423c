import SignInLink from '@/emails/sign-in-link';
import { renderMail } from '@/lib/mail/render';
import type { ComposedMail } from './types';

export interface SignInMailInput {
  /** The one-time magic link. */
  url: string;
  validMinutes: number;
}

/** The organizers' magic-link sign-in mail (German; not tied to an event). */
export async function composeSignInMail({ url, validMinutes }: SignInMailInput): Promise<ComposedMail> {
  const { html, text } = await renderMail(SignInLink({ url, validMinutes }));
  return { subject: 'Ihr Anmeldelink für das Tagungsbüro', html, text, attachments: [] };
}
