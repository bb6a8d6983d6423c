import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { HostForm } from '@/components/event-editor/host-form';
import { HostList } from '@/components/event-editor/host-list';
import { requireOrganizer } from '@/lib/auth/guards';
import { getEditableEvent } from '@/lib/events/editor-queries';
import { getI18n } from '@/lib/i18n/server';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getI18n()).t.editor.hosts.metaTitle };
}

export default async function EditHostsPage({ params }: { params: Promise<{ slug: string }> }) {
  await requireOrganizer();
  const [event, { t }] = await Promise.all([params.then((p) => getEditableEvent(p.slug)), getI18n()]);
  if (!event) notFound();
  return (
    <div className="stack">
      <section aria-labelledby="hosts-heading" className="stack">
        <h2 id="hosts-heading">{t.editor.hosts.heading}</h2>
        <HostList eventId={event.id} hosts={event.hosts} t={t.editor} />
      </section>
      <section aria-labelledby="new-host-heading" className="stack">
        <h2 id="new-host-heading">{t.editor.hosts.newHeading}</h2>
        <HostForm
          eventId={event.id}
          hostId={null}
          idPrefix="new-host"
          hasLogo={false}
          defaults={{ name: '', role: '', roleEn: '', url: '' }}
        />
      </section>
    </div>
  );
}
