import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { VenueForm } from '@/components/event-editor/venue-form';
import { requireOrganizer } from '@/lib/auth/guards';
import { getEditableEvent } from '@/lib/events/editor-queries';
import { getI18n } from '@/lib/i18n/server';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getI18n()).t.editor.venue.metaTitle };
}

export default async function EditVenuePage({ params }: { params: Promise<{ slug: string }> }) {
  await requireOrganizer();
  const [event, { t }] = await Promise.all([params.then((p) => getEditableEvent(p.slug)), getI18n()]);
  if (!event) notFound();
  return (
    <section aria-labelledby="venue-heading" className="stack">
      <h2 id="venue-heading">{t.editor.venue.heading}</h2>
      <VenueForm
        eventId={event.id}
        defaults={{
          venueName: event.venueName,
          venueAddress: event.venueAddress,
          venueRoom: event.venueRoom ?? '',
          venueDirections: event.venueDirections ?? '',
          venueDirectionsEn: event.venueDirectionsEn ?? '',
        }}
      />
    </section>
  );
}
