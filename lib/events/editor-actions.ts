'use server';

import { redirect } from 'next/navigation';
import { z } from 'zod';
import { refArg } from '@/lib/edge/args';
import { defineAction } from '@/lib/server/edge/action';
import { duplicateEvent } from './duplicate-service';
import { eventAttendanceSchema } from './editor-attendance-schema';
import { updateEventAttendance } from './editor-attendance-service';
import {
  createEventSchema,
  duplicateEventSchema,
  eventBasicsSchema,
  eventSettingsSchema,
  eventVenueSchema,
} from './editor-schema';
import {
  createEvent,
  setEventPublished,
  updateEventBasics,
  updateEventSettings,
  updateEventVenue,
} from './editor-service';
import { isLegalConfigured } from '@/lib/legal/queries';
import { CHECKLIST_ITEMS } from './publish-checklist';
import { revalidateEvent } from './revalidate';

const openEditor = (slug: string) => redirect(`/dashboard/events/${slug}/edit`);

/** Creates an unpublished event and opens its editor. */
export const createEventAction = defineAction({
  access: 'organizer',
  input: z.tuple([createEventSchema]),
  run: async ([values], { user }) => {
    const { slug } = await createEvent(user.email, values);
    revalidateEvent(slug);
    return openEditor(slug);
  },
});

/** Saves the basics; a changed slug moves the editor to the new address. */
export const updateBasicsAction = defineAction({
  access: 'organizer',
  input: z.tuple([refArg, eventBasicsSchema]),
  run: async ([eventId, values], { user }) => {
    const { slug, previousSlug } = await updateEventBasics(user.email, eventId, values);
    revalidateEvent(slug, previousSlug);
    if (slug !== previousSlug) openEditor(slug);
    return { slug };
  },
});

/**
 * An organizer action that changes one event through a service returning its slug; the event's cached pages are
 * revalidated afterwards, and the editor stays where it is.
 */
function eventChangeAction<S extends z.ZodType>(
  schema: S,
  change: (actor: string, eventId: string, value: z.output<S>) => Promise<{ slug: string }>,
) {
  return defineAction({
    access: 'organizer',
    input: z.tuple([refArg, schema]),
    run: async (args, { user }) => {
      // zod cannot resolve a tuple's element types while S is still generic; the tuple above fixes them.
      const [eventId, value] = args as [string, z.output<S>];
      const { slug } = await change(user.email, eventId, value);
      revalidateEvent(slug);
      return { slug };
    },
  });
}

/** Saves the venue. */
export const updateVenueAction = eventChangeAction(eventVenueSchema, updateEventVenue);

/** Saves capacity, registration and privacy settings. */
export const updateSettingsAction = eventChangeAction(eventSettingsSchema, updateEventSettings);

/** Saves the part "Teilnahme": format, online places, stream, release and session choice. */
export const updateAttendanceAction = eventChangeAction(eventAttendanceSchema, updateEventAttendance);

/**
 * Publishes (with the checklist items the organizer confirmed) or unpublishes the event. The checklist is
 * checked again on the server, so a crafted request cannot skip it.
 */
export const setPublishedAction = defineAction({
  access: 'organizer',
  input: z.tuple([refArg, z.boolean(), z.array(z.enum(CHECKLIST_ITEMS)).max(CHECKLIST_ITEMS.length).optional()]),
  run: async ([eventId, published, confirmed], { user }) => {
    const { slug } = await setEventPublished(user.email, eventId, published, {
      confirmed: confirmed ?? [],
      legalConfigured: await isLegalConfigured(),
    });
    revalidateEvent(slug);
    return { slug };
  },
});

/** Copies the event into a new unpublished edition and opens its editor. */
export const duplicateEventAction = defineAction({
  access: 'organizer',
  input: z.tuple([refArg, duplicateEventSchema]),
  run: async ([sourceId, values], { user }) => {
    const { slug } = await duplicateEvent(user.email, sourceId, values);
    revalidateEvent(slug);
    return openEditor(slug);
  },
});
