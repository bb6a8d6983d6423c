'use server';

import { redirect } from 'next/navigation';
import { z } from 'zod';
import { refArg } from '@/lib/edge/args';
import { defineAction } from '@/lib/server/edge/action';
import { duplicateEvent } from './duplicate-service';
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

/** Saves the venue. */
export const updateVenueAction = defineAction({
  access: 'organizer',
  input: z.tuple([refArg, eventVenueSchema]),
  run: async ([eventId, values], { user }) => {
    const { slug } = await updateEventVenue(user.email, eventId, values);
    revalidateEvent(slug);
    return { slug };
  },
});

/** Saves capacity, registration and privacy settings. */
export const updateSettingsAction = defineAction({
  access: 'organizer',
  input: z.tuple([refArg, eventSettingsSchema]),
  run: async ([eventId, values], { user }) => {
    const { slug } = await updateEventSettings(user.email, eventId, values);
    revalidateEvent(slug);
    return { slug };
  },
});

/** Publishes or unpublishes the event. */
export const setPublishedAction = defineAction({
  access: 'organizer',
  input: z.tuple([refArg, z.boolean()]),
  run: async ([eventId, published], { user }) => {
    const { slug } = await setEventPublished(user.email, eventId, published);
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
