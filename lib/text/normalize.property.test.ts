import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { walkInSchema } from '@/lib/checkin/schema';
import { buildRegistrationSchema } from '@/lib/registrations/schema';
import { normalizeText, textProblem } from './normalize';

// Property: whatever a person (or a script) sends as a name or an answer, the schemas either refuse it with a field
// key, or what they return is normalised and passes the text rule. Full Unicode, lone surrogates included.
const anyText = fc.oneof(
  fc.string({ unit: 'binary', maxLength: 40 }),
  fc.string({
    unit: fc.constantFrom(
      'a',
      'ü',
      'u\u0308',
      ' ',
      '\u0000',
      '\t',
      '\u0085',
      '\u202e',
      '\u200b',
      '\u200d',
      '\ud800',
      '\u3164',
    ),
    maxLength: 12,
  }),
);
const question = {
  id: 'q1',
  type: 'longText' as const,
  labelDe: 'Anmerkung',
  labelEn: null,
  helpDe: null,
  helpEn: null,
  required: true,
  options: [],
  min: null,
  max: null,
};
const schema = buildRegistrationSchema([question]);
const clean = (value: string, multiline = false) =>
  value === normalizeText(value, { multiline }) && textProblem(value, { multiline }) === null;

describe('the text rule through the schemas (property-based)', () => {
  it('registration: refused, or stored names and answers are normalised and clean', () => {
    let accepted = 0;
    fc.assert(
      fc.property(anyText, anyText, anyText, (firstName, organization, answer) => {
        const parsed = schema.safeParse({
          firstName,
          lastName: 'Müller',
          email: 'erika@example.test',
          organization,
          answers: { q1: answer },
          consents: { privacy: true },
        });
        if (!parsed.success) return;
        accepted++;
        expect(clean(parsed.data.firstName)).toBe(true);
        expect(parsed.data.organization === undefined || clean(parsed.data.organization)).toBe(true);
        expect(clean(parsed.data.answers.q1 as string, true)).toBe(true);
      }),
      { numRuns: 2000 },
    );
    expect(accepted).toBeGreaterThan(0);
  });

  it('walk-in: refused, or the names are normalised and clean', () => {
    fc.assert(
      fc.property(anyText, anyText, (firstName, lastName) => {
        const parsed = walkInSchema.safeParse({ firstName, lastName });
        if (parsed.success) expect(clean(parsed.data.firstName) && clean(parsed.data.lastName)).toBe(true);
      }),
      { numRuns: 2000 },
    );
  });
});
