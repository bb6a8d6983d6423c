'use server';

import { z } from 'zod';
import { refArg } from '@/lib/edge/args';
import { defineAction } from '@/lib/server/edge/action';
import { mailTextSchema } from './schema';
import { saveMailText } from './service';

/** Saves one mail text of an event (both fields empty: back to the default text). */
export const saveMailTextAction = defineAction({
  access: 'organizer',
  input: z.tuple([refArg, mailTextSchema]),
  run: async ([eventId, values]) => ({ outcome: await saveMailText(eventId, values) }),
});
