import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { CoverForm } from '@/components/covers/cover-form';
import { requireOrganizer } from '@/lib/auth/guards';
import { getCoverForEditing } from '@/lib/covers/queries';
import { getEditableEvent } from '@/lib/events/editor-queries';
import { getI18n } from '@/lib/i18n/server';

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await getI18n();
  return { title: t.branding.cover.title };
}

export default async function EditCoverPage({ params }: { params: Promise<{ slug: string }> }) {
  await requireOrganizer();
  const event = await getEditableEvent((await params).slug);
  if (!event) notFound();
  const [{ t }, cover] = await Promise.all([getI18n(), getCoverForEditing(event.id)]);
  return (
    <section aria-labelledby="cover-heading" className="stack">
      <h2 id="cover-heading">{t.branding.cover.title}</h2>
      <p className="muted">{t.branding.cover.intro}</p>
      <CoverForm eventId={event.id} current={cover} t={t.branding.cover} />
    </section>
  );
}
