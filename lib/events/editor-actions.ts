'use server';

import { redirect } from 'next/navigation';
import { requireOrganizer } from '@/lib/auth/guards';
import {
  createEventSchema,
  duplicateEventSchema,
  eventBasicsSchema,
  eventSettingsSchema,
  eventVenueSchema,
  zodFieldErrors,
} from './editor-schema';
import {
  createEvent,
  setEventPublished,
  updateEventBasics,
  updateEventSettings,
  updateEventVenue,
} from './editor-service';
import { duplicateEvent } from './duplicate-service';
import { editorFailure, type EditorResult } from './field-error';
import { revalidateEvent } from './revalidate';

type Saved = EditorResult<{ slug: string }>;

/** Creates an unpublished event and opens its editor. */
export async function createEventAction(values: unknown): Promise<Saved> {
  const user = await requireOrganizer();
  const parsed = createEventSchema.safeParse(values);
  if (!parsed.success) return { ok: false, fieldErrors: zodFieldErrors(parsed.error) };
  let slug: string;
  try {
    ({ slug } = await createEvent(user.email, values));
  } catch (error) {
    return editorFailure(error);
  }
  revalidateEvent(slug);
  redirect(`/dashboard/events/${slug}/edit`);
}

/** Saves the basics; a changed slug moves the editor to the new address. */
export async function updateBasicsAction(eventId: string, values: unknown): Promise<Saved> {
  const user = await requireOrganizer();
  const parsed = eventBasicsSchema.safeParse(values);
  if (!parsed.success) return { ok: false, fieldErrors: zodFieldErrors(parsed.error) };
  let result: { slug: string; previousSlug: string };
  try {
    result = await updateEventBasics(user.email, String(eventId), values);
  } catch (error) {
    return editorFailure(error);
  }
  revalidateEvent(result.slug, result.previousSlug);
  if (result.slug !== result.previousSlug) redirect(`/dashboard/events/${result.slug}/edit`);
  return { ok: true, data: { slug: result.slug } };
}

/** Saves the venue. */
export async function updateVenueAction(eventId: string, values: unknown): Promise<Saved> {
  const user = await requireOrganizer();
  const parsed = eventVenueSchema.safeParse(values);
  if (!parsed.success) return { ok: false, fieldErrors: zodFieldErrors(parsed.error) };
  try {
    const { slug } = await updateEventVenue(user.email, String(eventId), values);
    revalidateEvent(slug);
    return { ok: true, data: { slug } };
  } catch (error) {
    return editorFailure(error);
  }
}

/** Saves capacity, registration and privacy settings. */
export async function updateSettingsAction(eventId: string, values: unknown): Promise<Saved> {
  const user = await requireOrganizer();
  const parsed = eventSettingsSchema.safeParse(values);
  if (!parsed.success) return { ok: false, fieldErrors: zodFieldErrors(parsed.error) };
  try {
    const { slug } = await updateEventSettings(user.email, String(eventId), values);
    revalidateEvent(slug);
    return { ok: true, data: { slug } };
  } catch (error) {
    return editorFailure(error);
  }
}

/** Publishes or unpublishes the event. */
export async function setPublishedAction(eventId: string, published: boolean): Promise<Saved> {
  const user = await requireOrganizer();
  try {
    const { slug } = await setEventPublished(user.email, String(eventId), published === true);
    revalidateEvent(slug);
    return { ok: true, data: { slug } };
  } catch (error) {
    return editorFailure(error);
  }
}

/** Copies the event into a new unpublished edition and opens its editor. */
export async function duplicateEventAction(sourceId: string, values: unknown): Promise<Saved> {
  const user = await requireOrganizer();
  const parsed = duplicateEventSchema.safeParse(values);
  if (!parsed.success) return { ok: false, fieldErrors: zodFieldErrors(parsed.error) };
  let slug: string;
  try {
    ({ slug } = await duplicateEvent(user.email, String(sourceId), values));
  } catch (error) {
    return editorFailure(error);
  }
  revalidateEvent(slug);
  redirect(`/dashboard/events/${slug}/edit`);
}
