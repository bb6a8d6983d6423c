import type { QuestionDefinition } from '@/lib/questions/schema';
import { QUESTION_TYPE_LABELS } from '@/lib/questions/editor-schema';
import { moveQuestionAction, setQuestionArchivedAction } from '@/lib/questions/editor-actions';
import { ActionButton } from './action-button';
import styles from './editor.module.css';
import { MoveButtons } from './move-buttons';
import { QuestionForm } from './question-form';

type Question = QuestionDefinition & { archived: boolean; answerCount: number };

/** The event's questions in form order, archived ones marked, each editable behind a disclosure. */
export function QuestionList({ eventId, questions }: { eventId: string; questions: Question[] }) {
  if (questions.length === 0) return <p>Noch keine zusätzlichen Fragen.</p>;
  return (
    <ol className={styles.items}>
      {questions.map((q, i) => (
        <li key={q.id} className={styles.item}>
          <details>
            <summary>
              {q.labelDe}{' '}
              <span className="muted">
                ({QUESTION_TYPE_LABELS[q.type]}
                {q.required ? ', Pflicht' : ''}, {q.answerCount} Antworten)
              </span>
              {q.archived ? (
                <>
                  {' '}
                  <span className="badge badge-neutral">archiviert</span>
                </>
              ) : null}
            </summary>
            <QuestionForm
              eventId={eventId}
              questionId={q.id}
              idPrefix={`question-${q.id}`}
              defaults={{
                type: q.type,
                labelDe: q.labelDe,
                labelEn: q.labelEn ?? '',
                helpDe: q.helpDe ?? '',
                helpEn: q.helpEn ?? '',
                required: q.required,
                options: q.options.map((o) => ({ value: o.value, de: o.de, en: o.en ?? '' })),
                min: q.min === null ? '' : String(q.min),
                max: q.max === null ? '' : String(q.max),
              }}
            />
          </details>
          <div className={styles.row}>
            <MoveButtons
              itemName={q.labelDe}
              index={i}
              count={questions.length}
              moveUp={moveQuestionAction.bind(null, eventId, q.id, 'up')}
              moveDown={moveQuestionAction.bind(null, eventId, q.id, 'down')}
            />
            {q.archived ? (
              <ActionButton
                label="Wiederherstellen"
                itemName={q.labelDe}
                action={setQuestionArchivedAction.bind(null, eventId, q.id, false)}
              />
            ) : (
              <ActionButton
                label="Archivieren"
                itemName={q.labelDe}
                action={setQuestionArchivedAction.bind(null, eventId, q.id, true)}
              />
            )}
          </div>
        </li>
      ))}
    </ol>
  );
}
