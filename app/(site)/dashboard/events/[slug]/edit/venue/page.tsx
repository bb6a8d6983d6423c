import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { VenueForm } from '@/components/event-editor/venue-form';
import { requireOrganizer } from '@/lib/auth/guards';
import { getEditableEvent } from '@/lib/events/editor-queries';

export const metadata: Metadata = { title: 'Ort bearbeiten' };

export default async function EditVenuePage({ params }: { params: Promise<{ slug: string }> }) {
  await requireOrganizer();
  const event = await getEditableEvent((await params).slug);
  if (!event) notFound();
  return (
    <section aria-labelledby="venue-heading" className="stack">
      <h2 id="venue-heading">Ort</h2>
      <VenueForm
        eventId={event.id}
        defaults={{
          venueName: event.venueName,
          venueAddress: event.venueAddress,
          venueRoom: event.venueRoom ?? '',
          venueDirections: event.venueDirections ?? '',
        }}
      />
    </section>
  );
}
