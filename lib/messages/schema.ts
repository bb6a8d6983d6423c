import { z } from 'zod';
import { formatNumber } from '@/lib/format';
import type { MessageAudience } from '@/lib/generated/prisma/client';
import { CONTROL_CHARS } from '@/lib/registrations/schema';

/** Who a message can go to, in the order the form offers them. */
export const MESSAGE_AUDIENCES = [
  'confirmed',
  'checked_in',
  'not_checked_in',
  'waitlisted',
] as const satisfies readonly MessageAudience[];

/** German labels of the audiences (form options, list and detail pages). */
export const AUDIENCE_LABELS: Record<MessageAudience, string> = {
  confirmed: 'Alle Bestätigten',
  checked_in: 'Eingecheckt',
  not_checked_in: 'Bestätigt, noch nicht eingecheckt',
  waitlisted: 'Warteliste',
};

/** "auto": the salutation line from Anrede and Titel goes first; "own": the body starts with the organizer's own. */
export const SALUTATION_MODES = ['auto', 'own'] as const;

export const SUBJECT_MAX_LENGTH = 200;
export const BODY_MAX_LENGTH = 20_000;

// U+2028/2029 act as line breaks in some clients, so a subject must not carry them either.
const SUBJECT_FORBIDDEN = new RegExp(`${CONTROL_CHARS.source}|[\\u2028\\u2029]`);
// The body is plain text: line breaks and tabs are content, other control characters (NUL) are not.
const BODY_FORBIDDEN = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/;

/**
 * The one schema of an organizer message: used by the form resolver and the server actions.
 * A subject is a single line (no CR/LF), so it can never smuggle a header into the mail.
 */
export const messageSchema = z.object({
  audience: z.enum(MESSAGE_AUDIENCES, { error: 'Bitte wählen Sie aus, wer die Nachricht erhält.' }),
  salutation: z.enum(SALUTATION_MODES, { error: 'Bitte wählen Sie, wie die Nachricht anredet.' }).prefault('auto'),
  subject: z
    .string({ error: 'Bitte geben Sie einen Betreff ein.' })
    .trim()
    .min(1, 'Bitte geben Sie einen Betreff ein.')
    .max(SUBJECT_MAX_LENGTH, `Der Betreff darf höchstens ${SUBJECT_MAX_LENGTH} Zeichen lang sein.`)
    .refine((v) => !SUBJECT_FORBIDDEN.test(v), 'Der Betreff muss eine einzelne Zeile ohne Steuerzeichen sein.'),
  body: z
    .string({ error: 'Bitte geben Sie einen Nachrichtentext ein.' })
    // One line-break convention, so that length and the mail's text part do not depend on the browser.
    .transform((v) => v.replace(/\r\n?/g, '\n').trim())
    .pipe(
      z
        .string()
        .min(1, 'Bitte geben Sie einen Nachrichtentext ein.')
        .max(BODY_MAX_LENGTH, `Der Nachrichtentext darf höchstens ${formatNumber(BODY_MAX_LENGTH)} Zeichen lang sein.`)
        .refine((v) => !BODY_FORBIDDEN.test(v), 'Der Nachrichtentext enthält unzulässige Steuerzeichen.'),
    ),
});

export type MessageFormValues = z.input<typeof messageSchema>;
export type MessageInput = z.output<typeof messageSchema>;
