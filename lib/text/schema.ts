// zod/mini checks for person-facing text (lib/text/normalize.ts); client-safe and small, because the registration
// form ships them. Classic zod schemas use the same checks through `.check(...)`.
import * as z from 'zod/mini';
import { normalizeText, type TextRule, textProblem } from './normalize';

/**
 * Normalises, then refuses forbidden characters (`characters`) and texts without anything visible. A field that is
 * required says `required` for an invisible-only text; an optional one says `characters`, since it could be left empty.
 */
export function personTextChecks(rule: TextRule & { required?: boolean } = {}) {
  return [
    z.overwrite<string>((v) => normalizeText(v, rule)),
    z.superRefine<string>((value, ctx) => {
      const problem = textProblem(value, rule);
      if (!problem) return;
      ctx.addIssue({
        code: 'custom',
        input: value,
        message: problem === 'required' && !rule.required ? 'characters' : problem,
      });
    }),
  ] as const;
}
