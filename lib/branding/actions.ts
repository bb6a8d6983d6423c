'use server';

import { revalidatePath } from 'next/cache';
import { z } from 'zod';
import { defineAction } from '@/lib/server/edge/action';
import { brandingFormDataSchema } from './schema';
import { saveBranding } from './service';

/** Saves name, colour and logo from the multipart settings form; every page shows them, cached ones too. */
export const saveBrandingAction = defineAction({
  access: 'admin',
  input: z.tuple([brandingFormDataSchema]),
  run: async ([{ logo, removeLogo, ...values }], { user }) => {
    const bytes = logo ? new Uint8Array(await logo.arrayBuffer()) : removeLogo ? null : undefined;
    await saveBranding(user.email, values, bytes);
    // The header sits in both root layouts, so every cached event page and language is dropped.
    revalidatePath('/', 'layout');
    revalidatePath('/cached/[locale]', 'layout');
  },
});
