import { getAttendeeSnapshot } from '@/lib/checkin/queries';
import { attendeesQuerySchema } from '@/lib/checkin/schema';
import { defineRoute } from '@/lib/server/edge/route';
import { eventTagSync, ticketPublicKey } from '@/lib/tickets/keys';

export const dynamic = 'force-dynamic';

/** The door list of an event (no e-mails, no answers), in full or as a delta since `?since=<ISO time>`. */
export const GET = defineRoute({
  access: 'checkin',
  query: attendeesQuerySchema,
  run: async ({ event, query }) => ({
    ...(await getAttendeeSnapshot(event.id, query.since)),
    publicKey: ticketPublicKey(),
    eventTag: eventTagSync(event.id),
  }),
});
