'use server';

import { revalidatePath } from 'next/cache';
import { z } from 'zod';
import { refArg } from '@/lib/edge/args';
import { getEventRefBySlugOrThrow } from '@/lib/events/queries';
import type { Locale } from '@/lib/i18n/config';
import { composeOrganizerMessageMail } from '@/lib/mail/compose/organizer-message-mail';
import { sampleRecipient } from '@/lib/mail/sample-data';
import { defineAction } from '@/lib/server/edge/action';
import { getPreviewFacts } from './queries';
import { messageSchema } from './schema';
import { sendOrganizerMessage, sendTestMessage } from './service';

export interface MessagePreview {
  subject: string;
  html: string;
  text: string;
  /** Whose data fills the salutation: the first person of the audience, or the sample person when there is none. */
  recipientName: string;
  sample: boolean;
  /** The mail's language (the recipient's), for marking the subject and text part up. */
  lang: Locale;
}

const messageInput = z.tuple([refArg, messageSchema]);
// Shown in the preview instead of a real person's manage link: that link is a secret that lets its holder cancel.
const PREVIEW_MANAGE_TOKEN = 'vorschau-ohne-gueltigen-link';

/** Queues the message for every person the chosen audience reaches; each gets a mail of their own. */
export const sendMessageAction = defineAction({
  access: 'organizer',
  input: messageInput,
  run: async ([slug, message], { user }) => {
    const event = await getEventRefBySlugOrThrow(slug);
    const sent = await sendOrganizerMessage(event.id, message, user.email);
    revalidatePath(`/dashboard/events/${slug}/messages`);
    return sent;
  },
});

/** Queues the message once, for the signed-in organizer, with sample attendee data. */
export const sendTestMessageAction = defineAction({
  access: 'organizer',
  input: messageInput,
  run: async ([slug, message], { user }) => {
    const event = await getEventRefBySlugOrThrow(slug);
    const sent = await sendTestMessage(event.id, message, user.email);
    revalidatePath(`/dashboard/events/${slug}/messages`);
    return { ...sent, to: user.email };
  },
});

/** Renders the mail as the first recipient of the audience would get it (or with sample data); sends nothing. */
export const previewMessageAction = defineAction({
  access: 'organizer',
  input: messageInput,
  run: async ([slug, message]): Promise<MessagePreview> => {
    const event = await getEventRefBySlugOrThrow(slug);
    const facts = await getPreviewFacts(event.id, message.audience);
    if (!facts) throw new Error('event vanished between lookup and preview');
    const person = facts.person;
    const recipient = person
      ? {
          lang: person.locale === 'en' ? ('en' as const) : ('de' as const),
          salutation: person.salutation,
          title: person.title,
          firstName: person.firstName,
          lastName: person.lastName,
        }
      : sampleRecipient('de');
    const mail = await composeOrganizerMessageMail({
      recipient,
      event: facts.event,
      subject: message.subject,
      body: message.body,
      ownSalutation: message.salutation === 'own',
      manageToken: PREVIEW_MANAGE_TOKEN,
    });
    return {
      subject: mail.subject,
      html: mail.html,
      text: mail.text,
      recipientName: `${recipient.firstName} ${recipient.lastName}`,
      sample: !person,
      lang: recipient.lang,
    };
  },
});
