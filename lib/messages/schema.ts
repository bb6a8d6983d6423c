import { z } from 'zod';
import type { ValidationKey } from '@/lib/edge/field-errors';
import type { MessageAudience } from '@/lib/generated/prisma/client';
import { personTextChecks } from '@/lib/text/schema';

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

// Messages are validation keys (lib/edge/field-errors.ts), turned into text in the reader's language.
const REQUIRED: ValidationKey = 'required';
const TOO_LONG: ValidationKey = 'tooLong';
const OPTION: ValidationKey = 'option';

/**
 * The one schema of an organizer message: used by the form resolver and the server actions.
 * A subject is a single line (no CR/LF), so it can never smuggle a header into the mail.
 */
export const messageSchema = z.object({
  audience: z.enum(MESSAGE_AUDIENCES, { error: OPTION }),
  salutation: z.enum(SALUTATION_MODES, { error: OPTION }).prefault('auto'),
  subject: z
    .string({ error: REQUIRED })
    .check(...personTextChecks({ required: true }))
    .min(1, REQUIRED)
    .max(SUBJECT_MAX_LENGTH, TOO_LONG),
  // One line-break convention (normalised by the text rule), so that length and the mail's text part do not depend
  // on the browser; line breaks and tabs are content.
  body: z
    .string({ error: REQUIRED })
    .check(...personTextChecks({ multiline: true, required: true }))
    .min(1, REQUIRED)
    .max(BODY_MAX_LENGTH, TOO_LONG),
});

export type MessageFormValues = z.input<typeof messageSchema>;
export type MessageInput = z.output<typeof messageSchema>;
