import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { HostForm } from '@/components/event-editor/host-form';
import { HostList } from '@/components/event-editor/host-list';
import { requireOrganizer } from '@/lib/auth/guards';
import { getEditableEvent } from '@/lib/events/editor-queries';

export const metadata: Metadata = { title: 'Gastgeber bearbeiten' };

export default async function EditHostsPage({ params }: { params: Promise<{ slug: string }> }) {
  await requireOrganizer();
  const event = await getEditableEvent((await params).slug);
  if (!event) notFound();
  return (
    <div className="stack">
      <section aria-labelledby="hosts-heading" className="stack">
        <h2 id="hosts-heading">Gastgeber und Partner</h2>
        <HostList eventId={event.id} hosts={event.hosts} />
      </section>
      <section aria-labelledby="new-host-heading" className="stack">
        <h2 id="new-host-heading">Neuer Gastgeber</h2>
        <HostForm
          eventId={event.id}
          hostId={null}
          idPrefix="new-host"
          hasLogo={false}
          defaults={{ name: '', role: '', url: '' }}
        />
      </section>
    </div>
  );
}
