import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { DuplicateForm } from '@/components/event-editor/duplicate-form';
import { requireOrganizer } from '@/lib/auth/guards';
import { toBerlinInput } from '@/lib/events/datetime-input';
import { nextEditionDefaults } from '@/lib/events/duplicate-service';
import { getEditableEvent } from '@/lib/events/editor-queries';
import { getI18n } from '@/lib/i18n/server';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getI18n()).t.editor.duplicate.formLabel };
}

export default async function DuplicateEventPage({ params }: { params: Promise<{ slug: string }> }) {
  await requireOrganizer();
  const [event, { t }] = await Promise.all([params.then((p) => getEditableEvent(p.slug)), getI18n()]);
  if (!event) notFound();
  const next = nextEditionDefaults(event);
  return (
    <section aria-labelledby="duplicate-heading" className="stack">
      <h2 id="duplicate-heading">{t.editor.duplicate.heading}</h2>
      <p>{t.editor.duplicate.intro}</p>
      <DuplicateForm
        sourceId={event.id}
        defaults={{
          title: next.title,
          titleEn: next.titleEn ?? '',
          slug: next.slug,
          startsAt: toBerlinInput(next.startsAt),
        }}
      />
    </section>
  );
}
