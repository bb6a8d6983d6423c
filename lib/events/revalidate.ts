import 'server-only';
import { revalidatePath } from 'next/cache';

/** Drops cached renderings of an event's public pages, the home page and the editor after a change. */
export function revalidateEvent(...slugs: string[]): void {
  for (const slug of new Set(slugs)) {
    revalidatePath(`/events/${slug}`);
    revalidatePath(`/events/${slug}/register`);
    revalidatePath(`/dashboard/events/${slug}/edit`, 'layout');
  }
  revalidatePath('/');
  revalidatePath('/dashboard');
}
