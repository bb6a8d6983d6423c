'use server';

import { z } from 'zod';
import { directionArg, refArg } from '@/lib/edge/args';
import { defineAction } from '@/lib/server/edge/action';
import { hostFormDataSchema, sessionSchema } from './programme-schema';
import { deleteHost, deleteSession, moveItem, saveHost, saveSession } from './programme-service';
import { revalidateEvent } from './revalidate';

/** The changed event's pages are rebuilt; the editor gets the slug back. */
async function revalidated(work: Promise<{ slug: string }>): Promise<{ slug: string }> {
  const { slug } = await work;
  revalidateEvent(slug);
  return { slug };
}

/** Adds (sessionId null) or changes a programme item with its speakers. */
export const saveSessionAction = defineAction({
  access: 'organizer',
  input: z.tuple([refArg, refArg.nullable(), sessionSchema]),
  run: ([eventId, sessionId, values], { user }) => revalidated(saveSession(user.email, eventId, sessionId, values)),
});

/** Removes a programme item. */
export const deleteSessionAction = defineAction({
  access: 'organizer',
  input: z.tuple([refArg, refArg]),
  run: ([eventId, sessionId], { user }) => revalidated(deleteSession(user.email, eventId, sessionId)),
});

/** Adds or changes a host from a multipart form: name, role, url, an optional logo file and removeLogo. */
export const saveHostAction = defineAction({
  access: 'organizer',
  input: z.tuple([refArg, refArg.nullable(), hostFormDataSchema]),
  run: async ([eventId, hostId, { logo, removeLogo, ...values }], { user }) => {
    // undefined keeps the current logo, null removes it.
    const bytes = logo ? new Uint8Array(await logo.arrayBuffer()) : removeLogo ? null : undefined;
    return revalidated(saveHost(user.email, eventId, hostId, values, bytes));
  },
});

/** Removes a host and its logo. */
export const deleteHostAction = defineAction({
  access: 'organizer',
  input: z.tuple([refArg, refArg]),
  run: ([eventId, hostId], { user }) => revalidated(deleteHost(user.email, eventId, hostId)),
});

/** Moves a host one place up or down. */
export const moveHostAction = defineAction({
  access: 'organizer',
  input: z.tuple([refArg, refArg, directionArg]),
  run: ([eventId, hostId, direction], { user }) =>
    revalidated(moveItem(user.email, eventId, 'host', hostId, direction)),
});
