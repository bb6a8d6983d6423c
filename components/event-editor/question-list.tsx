import type { QuestionDefinition } from '@/lib/questions/schema';
import { moveQuestionAction, setQuestionArchivedAction } from '@/lib/questions/editor-actions';
import { fill } from '@/lib/i18n/config';
import { ActionButton } from './action-button';
import type { EditorText } from './editor-text';
import styles from './editor.module.css';
import { MoveButtons } from './move-buttons';
import { QuestionForm } from './question-form';

type Question = QuestionDefinition & { archived: boolean; answerCount: number };

/** The event's questions in form order, archived ones marked, each editable behind a disclosure. */
export function QuestionList({ eventId, questions, t }: { eventId: string; questions: Question[]; t: EditorText }) {
  const qt = t.questions;
  if (questions.length === 0) return <p>{qt.empty}</p>;
  return (
    <ol className={styles.items}>
      {questions.map((q, i) => (
        <li key={q.id} className={styles.item}>
          <details>
            <summary>
              {q.labelDe}{' '}
              <span className="muted">
                ({qt.types[q.type]}
                {q.required ? qt.requiredShort : ''}, {fill(qt.answers, { n: q.answerCount })})
              </span>
              {q.archived ? (
                <>
                  {' '}
                  <span className="badge badge-neutral">{qt.archived}</span>
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
              t={t}
              moveUp={moveQuestionAction.bind(null, eventId, q.id, 'up')}
              moveDown={moveQuestionAction.bind(null, eventId, q.id, 'down')}
            />
            {q.archived ? (
              <ActionButton
                label={qt.restore}
                itemName={q.labelDe}
                action={setQuestionArchivedAction.bind(null, eventId, q.id, false)}
              />
            ) : (
              <ActionButton
                label={qt.archive}
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
