import type { Metadata } from 'next';
import Link from 'next/link';
import { EditorTextProvider } from '@/components/event-editor/editor-text';
import { NewEventForm } from '@/components/event-editor/new-event-form';
import { requireOrganizer } from '@/lib/auth/guards';
import { getI18n } from '@/lib/i18n/server';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getI18n()).t.editor.create.heading };
}

export default async function NewEventPage() {
  await requireOrganizer();
  const { t } = await getI18n();
  return (
    <EditorTextProvider text={t.editor}>
      <div className="stack">
        <p>
          <Link href="/dashboard">{t.editor.common.backToOverview}</Link>
        </p>
        <h1>{t.editor.create.heading}</h1>
        <p className="muted">{t.editor.create.intro}</p>
        <NewEventForm />
      </div>
    </EditorTextProvider>
  );
}
