import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { BasicsForm } from '@/components/event-editor/basics-form';
import { requireOrganizer } from '@/lib/auth/guards';
import { toBerlinInput } from '@/lib/events/datetime-input';
import { getEditableEvent } from '@/lib/events/editor-queries';
import { getI18n } from '@/lib/i18n/server';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getI18n()).t.editor.basics.metaTitle };
}

type Props = { params: Promise<{ slug: string }> };

export default async function EditBasicsPage({ params }: Props) {
  await requireOrganizer();
  const [event, { t }] = await Promise.all([params.then((p) => getEditableEvent(p.slug)), getI18n()]);
  if (!event) notFound();
  const b = t.editor.basics;
  const slugLocked = event.slugEditable
    ? undefined
    : event.published
      ? b.slugLockedPublished
      : b.slugLockedRegistrations;
  return (
    <section aria-labelledby="basics-heading" className="stack">
      <h2 id="basics-heading">{b.heading}</h2>
      <BasicsForm
        eventId={event.id}
        slugLocked={slugLocked}
        defaults={{
          title: event.title,
          titleEn: event.titleEn ?? '',
          slug: event.slug,
          motto: event.motto ?? '',
          mottoEn: event.mottoEn ?? '',
          description: event.description,
          descriptionEn: event.descriptionEn ?? '',
          themes: event.themes.join('\n'),
          themesEn: event.themesEn.join('\n'),
          startsAt: toBerlinInput(event.startsAt),
          endsAt: toBerlinInput(event.endsAt),
        }}
      />
    </section>
  );
}
