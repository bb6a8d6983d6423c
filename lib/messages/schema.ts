import { z } from 'zod';
import type { ValidationKey } from '@/lib/edge/field-errors';
import type { MessageAudience } from '@/lib/generated/prisma/client';
import { CONTROL_CHARS } from '@/lib/registrations/schema';

/** Who a message can go to, in the order the form offers them. */
export const MESSAGE_AUDIENCES = [
  'confirmed',
  'checked_in',
  'not_checked_in',
  'waitlisted',
] as const satisfies readonly MessageAudience[];

/** "auto": the salutation line from Anrede and Titel goes first; "own": the body starts with the organizer's own. */
export const SALUTATION_MODES = ['auto', 'own'] as const;

export const SUBJECT_MAX_LENGTH = 200;
export const BODY_MAX_LENGTH = 20_000;

// U+2028/2029 act as line breaks in some clients, so a subject must not carry them either.
const SUBJECT_FORBIDDEN = new RegExp(`${CONTROL_CHARS.source}|[\\u2028\\u2029]`);
// The body is plain text: line breaks and tabs are content, other control characters (NUL) are not.
const BODY_FORBIDDEN = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/;

// Messages are validation keys (lib/edge/field-errors.ts), turned into text in the reader's language.
const REQUIRED: ValidationKey = 'required';
const TOO_LONG: ValidationKey = 'tooLong';
const OPTION: ValidationKey = 'option';
const CHARACTERS: ValidationKey = 'characters';

/**
 * The one schema of an organizer message: used by the form resolver and the server actions.
 * A subject is a single line (no CR/LF), so it can never smuggle a header into the mail.
 */
export const messageSchema = z.object({
  audience: z.enum(MESSAGE_AUDIENCES, { error: OPTION }),
  salutation: z.enum(SALUTATION_MODES, { error: OPTION }).prefault('auto'),
  subject: z
    .string({ error: REQUIRED })
    .trim()
    .min(1, REQUIRED)
    .max(SUBJECT_MAX_LENGTH, TOO_LONG)
    .refine((v) => !SUBJECT_FORBIDDEN.test(v), CHARACTERS),
  body: z
    .string({ error: REQUIRED })
    // One line-break convention, so that length and the mail's text part do not depend on the browser.
    .transform((v) => v.replace(/\r\n?/g, '\n').trim())
    .pipe(
      z
        .string()
        .min(1, REQUIRED)
        .max(BODY_MAX_LENGTH, TOO_LONG)
        .refine((v) => !BODY_FORBIDDEN.test(v), CHARACTERS),
    ),
});

export type MessageFormValues = z.input<typeof messageSchema>;
export type MessageInput = z.output<typeof messageSchema>;
