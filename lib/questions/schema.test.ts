import { describe, expect, it } from 'vitest';
import { fieldErrorKeys } from '@/lib/edge/field-errors';
import { buildRegistrationSchema } from '@/lib/registrations/schema';
import { questionInputSchema } from './input-schema';
import { buildAnswersSchema, type QuestionDefinition } from './schema';

const q = (over: Partial<QuestionDefinition> & Pick<QuestionDefinition, 'id' | 'type'>): QuestionDefinition => ({
  labelDe: 'Frage',
  labelEn: null,
  helpDe: null,
  helpEn: null,
  required: false,
  options: [],
  min: null,
  max: null,
  ...over,
});
const choices = [
  { value: 'ja', de: 'Ja' },
  { value: 'nein', de: 'Nein' },
];

const questions = [
  q({ id: 'lunch', type: 'singleChoice', required: true, options: choices }),
  q({ id: 'diet', type: 'text' }),
  q({ id: 'notes', type: 'longText' }),
  q({ id: 'topics', type: 'multipleChoice', options: [...choices, { value: 'vielleicht', de: 'Vielleicht' }] }),
  q({ id: 'photo', type: 'checkbox', required: true }),
  q({ id: 'guests', type: 'number', min: 0, max: 3 }),
];
const schema = buildAnswersSchema(questions);

describe('answers built from question definitions', () => {
  it('accepts valid answers, drops blanks of optional questions and unknown keys', () => {
    const parsed = schema.parse({
      lunch: 'ja',
      diet: '  vegan ',
      notes: '',
      topics: ['ja', 'vielleicht'],
      photo: true,
      guests: '2',
      injected: 'x',
    });
    expect(parsed).toEqual({
      lunch: 'ja',
      diet: 'vegan',
      notes: undefined,
      topics: ['ja', 'vielleicht'],
      photo: true,
      guests: 2,
    });
  });

  it('rejects missing required answers, foreign options and out-of-range numbers with message keys', () => {
    const result = buildRegistrationSchema(questions).safeParse({
      firstName: 'A',
      lastName: 'B',
      email: 'a@example.test',
      consents: { privacy: true },
      answers: { lunch: 'vielleicht', topics: ['gibt-es-nicht'], photo: false, guests: 7 },
    });
    expect(result.success).toBe(false);
    if (result.success) return;
    expect(fieldErrorKeys(result.error.issues)).toEqual({
      'answers.lunch': 'option',
      'answers.topics': 'option',
      'answers.photo': 'required',
      'answers.guests': 'number',
    });
  });

  it('requires an answer to a required choice question', () => {
    expect(schema.safeParse({ photo: true }).success).toBe(false);
    expect(schema.safeParse({ lunch: '', photo: true }).success).toBe(false);
    expect(schema.safeParse({ lunch: 'nein', photo: true }).success).toBe(true);
  });

  it('limits text length', () => {
    expect(schema.safeParse({ lunch: 'ja', photo: true, diet: 'x'.repeat(301) }).success).toBe(false);
  });
});

describe('question definitions', () => {
  it('need two distinct options for choice questions', () => {
    expect(
      questionInputSchema.safeParse({ type: 'singleChoice', labelDe: 'X', options: [{ value: 'a', de: 'A' }] }).success,
    ).toBe(false);
    expect(
      questionInputSchema.safeParse({
        type: 'singleChoice',
        labelDe: 'X',
        options: [
          { value: 'a', de: 'A' },
          { value: 'a', de: 'B' },
        ],
      }).success,
    ).toBe(false);
    expect(questionInputSchema.safeParse({ type: 'text', labelDe: 'X' }).success).toBe(true);
  });
});

describe('control characters', () => {
  it('refuses NUL and other control characters in names and answers, but keeps line breaks in long text', () => {
    const base = { firstName: 'A', lastName: 'B', email: 'a@example.test', consents: { privacy: true } };
    const person = buildRegistrationSchema([]).safeParse({ ...base, firstName: 'Eve\u0000' });
    expect(person.success || fieldErrorKeys(person.error.issues)).toEqual({ firstName: 'characters' });
    expect(schema.safeParse({ lunch: 'ja', photo: true, diet: 'vegan\u0000' }).success).toBe(false);
    expect(schema.safeParse({ lunch: 'ja', photo: true, notes: 'Zeile 1\nZeile 2' }).success).toBe(true);
  });
});
