import { MAGIC_LINK_MINUTES, SIGN_IN_SEND_MINUTES } from '@/lib/auth/sign-in-request';
import { openLink } from '@/lib/auth/sign-in-crypto';
import type { ComposedMail } from './compose/types';
import { composeSignInMail } from './compose/sign-in-mail';

type Composition = { mail: ComposedMail; to: string } | { skip: string };

/**
 * The sign-in mail an outbox row of kind "sign_in" stands for: its link is sealed in `variant`. Past the short
 * send window the mail is dropped, because the link would arrive nearly or already expired.
 */
export async function composeSignInOutboxMail(row: {
  recipient: string;
  variant: string | null;
  createdAt?: Date;
}): Promise<Composition> {
  const ageMinutes = (Date.now() - (row.createdAt ?? new Date()).getTime()) / 60_000;
  if (ageMinutes > SIGN_IN_SEND_MINUTES) return { skip: 'Der Anmeldelink ist zu alt, um ihn noch zu senden.' };
  const url = row.variant ? openLink(row.variant) : null;
  if (!url) return { skip: 'Der Anmeldelink ist nicht lesbar.' };
  const validMinutes = Math.max(1, Math.floor(MAGIC_LINK_MINUTES - ageMinutes));
  return { to: row.recipient, mail: await composeSignInMail({ url, validMinutes }) };
}
