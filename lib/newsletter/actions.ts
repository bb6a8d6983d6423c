'use server';

import { notFound, redirect } from 'next/navigation';
import { z } from 'zod';
import { defineAction } from '@/lib/server/edge/action';
import { confirmNewsletter } from './service';

const tokenSchema = z.string().max(100);

/** Confirms the newsletter subscription from the page's button (a POST: mail scanners only GET links). */
export const confirmNewsletterAction = defineAction({
  // Public on purpose: the unguessable 256-bit token from the mail is the credential.
  access: 'public',
  input: z.tuple([z.instanceof(FormData)]),
  run: async ([form]) => {
    // A malformed token is answered like an unknown one: the page does not exist.
    const token = tokenSchema.safeParse(form.get('token'));
    if (!token.success || !(await confirmNewsletter(token.data))) notFound();
    redirect(`/newsletter/${encodeURIComponent(token.data)}`);
  },
});
