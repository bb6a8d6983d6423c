'use server';

import { revalidatePath } from 'next/cache';
import { z } from 'zod';
import { requireOrganizer } from '@/lib/auth/guards';
import { isAppError } from '@/lib/errors';
import { composeOrganizerMessageMail } from '@/lib/mail/compose/organizer-message-mail';
import { db } from '@/lib/server/db';
import { getPreviewFacts } from './queries';
import { messageFieldErrors, messageSchema, type MessageFormValues, type MessageInput } from './schema';
import { sendOrganizerMessage, sendTestMessage, type SentMessage } from './service';

export type MessageActionResult<T> =
  | { ok: true; data: T }
  | { ok: false; fieldErrors?: Partial<Record<keyof MessageFormValues, string>>; formError?: string };

export interface MessagePreview {
  subject: string;
  html: string;
  text: string;
  /** Whose data fills the salutation: a real recipient's name or the sample person. */
  recipientLabel: string;
}

const slugSchema = z.string().min(1).max(200);
const UNEXPECTED = 'Das hat nicht geklappt. Bitte versuchen Sie es noch einmal.';
// Shown in the preview instead of a real person's manage link: that link is a secret that lets its holder cancel.
const PREVIEW_MANAGE_TOKEN = 'vorschau-ohne-gueltigen-link';

type Parsed = { ok: true; eventId: string; input: MessageInput } | { ok: false; result: MessageActionResult<never> };

async function parseRequest(slug: unknown, values: unknown): Promise<Parsed> {
  const parsed = messageSchema.safeParse(values);
  if (!parsed.success) return { ok: false, result: { ok: false, fieldErrors: messageFieldErrors(parsed.error) } };
  const slugParsed = slugSchema.safeParse(slug);
  const event = slugParsed.success
    ? await db.event.findUnique({ where: { slug: slugParsed.data }, select: { id: true } })
    : null;
  if (!event) return { ok: false, result: { ok: false, formError: 'Die Veranstaltung wurde nicht gefunden.' } };
  return { ok: true, eventId: event.id, input: parsed.data };
}

async function run<T>(work: () => Promise<T>): Promise<MessageActionResult<T>> {
  try {
    return { ok: true, data: await work() };
  } catch (error) {
    if (isAppError(error)) return { ok: false, formError: error.message };
    console.error('[messages]', error);
    return { ok: false, formError: UNEXPECTED };
  }
}

/** Queues the message for every person the chosen audience reaches; each gets a mail of their own. */
export async function sendMessageAction(slug: string, values: unknown): Promise<MessageActionResult<SentMessage>> {
  const user = await requireOrganizer();
  const request = await parseRequest(slug, values);
  if (!request.ok) return request.result;
  const result = await run(() => sendOrganizerMessage(request.eventId, request.input, user.email));
  if (result.ok) revalidatePath(`/dashboard/events/${slug}/messages`);
  return result;
}

/** Queues the message once, for the signed-in organizer, with sample attendee data. */
export async function sendTestMessageAction(
  slug: string,
  values: unknown,
): Promise<MessageActionResult<SentMessage & { to: string }>> {
  const user = await requireOrganizer();
  const request = await parseRequest(slug, values);
  if (!request.ok) return request.result;
  const result = await run(async () => ({
    ...(await sendTestMessage(request.eventId, request.input, user.email)),
    to: user.email,
  }));
  if (result.ok) revalidatePath(`/dashboard/events/${slug}/messages`);
  return result;
}

/** Renders the mail as the first recipient of the audience would get it (or with sample data); sends nothing. */
export async function previewMessageAction(
  slug: string,
  values: unknown,
): Promise<MessageActionResult<MessagePreview>> {
  await requireOrganizer();
  const request = await parseRequest(slug, values);
  if (!request.ok) return request.result;
  return run(async () => {
    const facts = await getPreviewFacts(request.eventId, request.input.audience);
    if (!facts) throw new Error('event vanished between parse and preview');
    const person = facts.person;
    const recipient = person
      ? {
          lang: person.locale === 'en' ? ('en' as const) : ('de' as const),
          firstName: person.firstName,
          lastName: person.lastName,
        }
      : { lang: 'de' as const, firstName: 'Erika', lastName: 'Mustermann' };
    const mail = await composeOrganizerMessageMail({
      recipient,
      event: facts.event,
      subject: request.input.subject,
      body: request.input.body,
      manageToken: PREVIEW_MANAGE_TOKEN,
    });
    const recipientLabel = person
      ? `${person.firstName} ${person.lastName} (erste Person der Auswahl)`
      : 'Erika Mustermann (Beispieldaten: die Auswahl erreicht derzeit niemanden)';
    return { subject: mail.subject, html: mail.html, text: mail.text, recipientLabel };
  });
}
