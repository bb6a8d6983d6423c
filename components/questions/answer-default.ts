import type { QuestionDefinition } from '@/lib/questions/schema';

/** The form's default value for a question from a stored answer (radios and inputs want strings, checkboxes arrays/booleans). */
export function answerDefault(q: QuestionDefinition, stored: unknown): unknown {
  switch (q.type) {
    case 'multipleChoice':
      return Array.isArray(stored) ? stored.map(String) : [];
    case 'checkbox':
      return stored === true;
    case 'number':
      return typeof stored === 'number' ? String(stored) : '';
    default:
      return typeof stored === 'string' ? stored : '';
  }
}
