'use server';

import { revalidatePath } from 'next/cache';
import { z } from 'zod';
import { defineAction } from '@/lib/server/edge/action';
import { LEGAL_PATHS } from './kinds';
import { legalPageSchema } from './schema';
import { saveLegalPage } from './service';

/** Saves one legal page (both languages). */
export const saveLegalPageAction = defineAction({
  access: 'admin',
  input: z.tuple([legalPageSchema]),
  run: async ([values], { user }) => {
    await saveLegalPage(user.email, values);
    revalidatePath(LEGAL_PATHS[values.kind]);
  },
});
