import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { QuestionForm } from '@/components/event-editor/question-form';
import { QuestionList } from '@/components/event-editor/question-list';
import { requireOrganizer } from '@/lib/auth/guards';
import { getEditableEvent, getEditableQuestions } from '@/lib/events/editor-queries';
import { getI18n } from '@/lib/i18n/server';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getI18n()).t.editor.questions.metaTitle };
}

export default async function EditQuestionsPage({ params }: { params: Promise<{ slug: string }> }) {
  await requireOrganizer();
  const [event, { t }] = await Promise.all([params.then((p) => getEditableEvent(p.slug)), getI18n()]);
  if (!event) notFound();
  const questions = await getEditableQuestions(event.id);
  return (
    <div className="stack">
      <section aria-labelledby="questions-heading" className="stack">
        <h2 id="questions-heading">{t.editor.questions.heading}</h2>
        <p className="muted">{t.editor.questions.archivedNote}</p>
        <QuestionList eventId={event.id} questions={questions} t={t.editor} />
      </section>
      <section aria-labelledby="new-question-heading" className="stack">
        <h2 id="new-question-heading">{t.editor.questions.newHeading}</h2>
        <QuestionForm
          eventId={event.id}
          questionId={null}
          idPrefix="new-question"
          defaults={{
            type: 'text',
            labelDe: '',
            labelEn: '',
            helpDe: '',
            helpEn: '',
            required: false,
            options: [],
            min: '',
            max: '',
          }}
        />
      </section>
    </div>
  );
}
