'use server';

import { notFound, redirect } from 'next/navigation';
import { z } from 'zod';
import { confirmNewsletter } from './service';

const tokenSchema = z.string().max(100);

/** Confirms the newsletter subscription from the page's button (a POST: mail scanners only GET links). */
export async function confirmNewsletterAction(formData: FormData): Promise<void> {
  // Public on purpose: the unguessable 256-bit token from the mail is the credential.
  const parsed = tokenSchema.safeParse(formData.get('token'));
  if (!parsed.success) notFound();
  const confirmed = await confirmNewsletter(parsed.data);
  if (!confirmed) notFound();
  redirect(`/newsletter/${encodeURIComponent(parsed.data)}`);
}
