'use server';

import { headers } from 'next/headers';
import { z } from 'zod';
import { AppError } from '@/lib/errors';
import { getDictionary } from '@/lib/i18n/dictionaries';
import { clientIpFromHeaders, rateLimitSubject } from '@/lib/server/client-ip';
import { defineAction } from '@/lib/server/edge/action';
import { checkRegistrationAbuse, refusalError } from './guards';
import { resendRegistrationMail } from './mails';
import { findRegistrationIdByEmail, getRegistrationTarget } from './queries';
import { submitRegistration } from './submit';

const slugSchema = z.string().min(1).max(200);
const valuesSchema = z.record(z.string(), z.unknown());

/**
 * Registers the visitor for the event (public on purpose: anyone may register for a published event; the
 * anti-abuse checks of submitRegistration come first). On success the client goes to /manage/<manageToken>?neu=1.
 */
export const registerAction = defineAction({
  access: 'public',
  // The values are parsed by the event's own schema (its questions) inside submitRegistration.
  input: z.tuple([slugSchema, valuesSchema]),
  run: async ([slug, values], { locale }) => {
    const target = await getRegistrationTarget(slug);
    if (!target) throw new AppError('NOT_FOUND', 'eventNotFound');
    const ip = clientIpFromHeaders(await headers());
    const created = await submitRegistration(target, values, { source: 'form', ip, locale });
    return { manageToken: created.manageToken, status: created.status, mode: created.mode };
  },
});

/**
 * Re-sends the confirmation if (event, email) is registered; the answer is the same either way, so it reveals
 * nobody. Public on purpose: the neutral answer and the mail going only to the registered address make it safe;
 * rate limited so that the button cannot flood a registered address.
 */
export const resendConfirmationAction = defineAction({
  access: 'public',
  input: z.tuple([
    slugSchema,
    z
      .string({ error: 'email' })
      .trim()
      .max(254, 'email')
      .pipe(z.email({ error: 'email' })),
  ]),
  run: async ([slug, email], { locale }) => {
    const ip = clientIpFromHeaders(await headers());
    const refusal = await checkRegistrationAbuse({
      honeypot: undefined,
      checkFillTime: false,
      rateLimitKey: `resend:${rateLimitSubject(ip)}`,
    });
    if (refusal) throw refusalError(refusal);
    const id = await findRegistrationIdByEmail(slug, email);
    if (id) await resendRegistrationMail(id);
    return { message: getDictionary(locale).formErrors.resendDone };
  },
});
