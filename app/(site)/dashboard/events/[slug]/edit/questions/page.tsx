import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { QuestionForm } from '@/components/event-editor/question-form';
import { QuestionList } from '@/components/event-editor/question-list';
import { requireOrganizer } from '@/lib/auth/guards';
import { getEditableEvent, getEditableQuestions } from '@/lib/events/editor-queries';

export const metadata: Metadata = { title: 'Fragen bearbeiten' };

export default async function EditQuestionsPage({ params }: { params: Promise<{ slug: string }> }) {
  await requireOrganizer();
  const event = await getEditableEvent((await params).slug);
  if (!event) notFound();
  const questions = await getEditableQuestions(event.id);
  return (
    <div className="stack">
      <section aria-labelledby="questions-heading" className="stack">
        <h2 id="questions-heading">Zusätzliche Fragen im Anmeldeformular</h2>
        <p className="muted">
          Archivierte Fragen verschwinden aus dem Formular; ihre Antworten bleiben erhalten und stehen weiter im Export.
        </p>
        <QuestionList eventId={event.id} questions={questions} />
      </section>
      <section aria-labelledby="new-question-heading" className="stack">
        <h2 id="new-question-heading">Neue Frage</h2>
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
