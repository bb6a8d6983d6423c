import { fill } from '@/lib/i18n/config';
import styles from './registration-form.module.css';

interface Props {
  suggestion: string | null;
  question: string;
  applyLabel: string;
  onApply: (email: string) => void;
}

/** "Meinten Sie …?" below the e-mail field, with a button that takes the suggestion. Never blocks. */
export function EmailSuggestionHint({ suggestion, question, applyLabel, onApply }: Props) {
  // The live region is always there, so the suggestion is announced when it appears.
  return (
    <div aria-live="polite" id="email-suggestion">
      {suggestion ? (
        <p className={styles.suggestion}>
          <span>{fill(question, { email: suggestion })}</span>
          <button type="button" className="btn btn-secondary" onClick={() => onApply(suggestion)}>
            {fill(applyLabel, { email: suggestion })}
          </button>
        </p>
      ) : null}
    </div>
  );
}
