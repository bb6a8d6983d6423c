import { enqueueMail } from '@/lib/mail/outbox';
import { rateLimitSubject } from '@/lib/server/client-ip';
import { db } from '@/lib/server/db';
import { env } from '@/lib/server/env';
import { hitRateLimit } from '@/lib/server/rate-limit';
import { isAllowedToSignIn } from './allowed';
import { addressKey, hashVerificationToken, maskAddress, sealLink } from './sign-in-crypto';
import { log } from '@/lib/server/observability/logger';

/** How long a magic link works. */
export const MAGIC_LINK_MINUTES = 15;

/** A queued sign-in mail is retried this long, then dropped: sent later, the link would be nearly spent. */
export const SIGN_IN_SEND_MINUTES = 10;

/** Sign-in mails per address and window, whoever asks for them. */
export const SIGN_IN_ADDRESS_LIMIT = { limit: 5, windowSeconds: 15 * 60 };

export interface SignInRequest {
  /** The normalised address. */
  identifier: string;
  /** The raw token of the magic link (only its hash is stored). */
  token: string;
  url: string;
  expires: Date;
  /** The client address, as lib/server/client-ip.ts records it. */
  ip: string;
}

export type SignInRequestOutcome = 'queued' | 'not-allowed' | 'address-limit' | 'ip-limit';

/**
 * A request for a magic link. Every request, for any address, counts against both limits and runs one
 * transaction; only an allowed address within the limits gets its token row and its outbox mail in it. The
 * caller answers "check your inbox" in every case and never waits for SMTP, so the answer tells nobody
 * whether an address may sign in.
 */
export async function requestSignInMail(request: SignInRequest): Promise<SignInRequestOutcome> {
  const { identifier, ip } = request;
  const byIp = env.SIGNIN_RATE_LIMIT;
  const [allowed, address, client] = await Promise.all([
    isAllowedToSignIn(identifier),
    hitRateLimit(
      `signin:address:${addressKey(identifier)}`,
      SIGN_IN_ADDRESS_LIMIT.limit,
      SIGN_IN_ADDRESS_LIMIT.windowSeconds,
    ),
    hitRateLimit(`signin:ip:${rateLimitSubject(ip)}`, byIp.limit, byIp.windowSeconds),
  ]);
  const outcome: SignInRequestOutcome = !client.allowed
    ? 'ip-limit'
    : !address.allowed
      ? 'address-limit'
      : allowed
        ? 'queued'
        : 'not-allowed';
  const token = hashVerificationToken(request.token);
  const sealed = sealLink(request.url);
  await db.$transaction(async (tx) => {
    // The address's spent tokens go in either case, so both paths cost about the same.
    await tx.verificationToken.deleteMany({ where: { identifier, expires: { lt: new Date() } } });
    if (outcome !== 'queued') return;
    await tx.verificationToken.create({ data: { identifier, token, expires: request.expires } });
    await enqueueMail(tx, { kind: 'sign_in', recipient: identifier, variant: sealed });
  });
  if (outcome !== 'queued') log('auth').info(`sign-in link not sent (${outcome}): ${maskAddress(identifier)}`);
  return outcome;
}
