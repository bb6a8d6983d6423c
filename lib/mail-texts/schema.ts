import { z } from 'zod';
import { unknownPlaceholders } from './placeholders';

/** The mails whose subject and body organizers may word per event and language. */
export const MAIL_TEXT_KINDS = [
  'confirmation',
  'waitlist',
  'promotion',
  'reminder',
  'cancellation',
  // Personal invitations (lib/invitations): {link} is the invitee's personal link.
  'event_invitation',
  'event_invitation_reminder',
] as const;
export type MailTextKind = (typeof MAIL_TEXT_KINDS)[number];

export function isMailTextKind(kind: string): kind is MailTextKind {
  return (MAIL_TEXT_KINDS as readonly string[]).includes(kind);
}

export const MAIL_TEXT_SUBJECT_MAX = 200;
export const MAIL_TEXT_BODY_MAX = 5_000;

const ALLOWED =
  '{vorname}, {nachname}, {veranstaltung}, {datum}, {ort}, {link} (oder englisch {firstName}, {lastName}, {event}, {date}, {venue})';

const knownPlaceholders = (v: string, ctx: z.RefinementCtx) => {
  const unknown = unknownPlaceholders(v);
  if (unknown.length > 0)
    ctx.addIssue({
      code: 'custom',
      message: `Unbekannter Platzhalter ${unknown.map((n) => `{${n}}`).join(', ')}. Erlaubt sind ${ALLOWED}.`,
    });
};

/**
 * One override of a mail text. Empty means "use the default text" (field by field); the salutation line is
 * always automatic, so it is not part of the body. Plain text only: markup is never interpreted as HTML.
 */
export const mailTextSchema = z.object({
  kind: z.enum(MAIL_TEXT_KINDS, { error: 'Unbekannte Mail-Art.' }),
  locale: z.enum(['de', 'en'], { error: 'Unbekannte Sprache.' }),
  subject: z
    .string()
    .trim()
    .max(MAIL_TEXT_SUBJECT_MAX, `Der Betreff darf höchstens ${MAIL_TEXT_SUBJECT_MAX} Zeichen lang sein.`)
    .refine((v) => !/[\u0000-\u001f\u007f\u2028\u2029]/.test(v), 'Der Betreff muss eine einzelne Zeile sein.')
    .superRefine(knownPlaceholders)
    .prefault(''),
  body: z
    .string()
    .transform((v) => v.replace(/\r\n?/g, '\n').trim())
    .pipe(
      z
        .string()
        .max(MAIL_TEXT_BODY_MAX, `Der Text darf höchstens ${MAIL_TEXT_BODY_MAX} Zeichen lang sein.`)
        .refine((v) => !/[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/.test(v), 'Der Text enthält Steuerzeichen.')
        .superRefine(knownPlaceholders),
    )
    .prefault(''),
});

export type MailTextInput = z.output<typeof mailTextSchema>;
