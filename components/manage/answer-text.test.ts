import { describe, expect, it } from 'vitest';
import type { QuestionDefinition } from '@/lib/questions/schema';
import { answerText } from './answer-text';

const base: QuestionDefinition = {
  id: 'q1',
  type: 'singleChoice',
  labelDe: 'Mittagessen?',
  labelEn: 'Lunch?',
  helpDe: null,
  helpEn: null,
  required: false,
  options: [
    { value: 'ja', de: 'Ja, gern', en: 'Yes, please' },
    { value: 'nein', de: 'Nein' },
  ],
  min: null,
  max: null,
};
const t = { yes: 'Ja', no: 'Nein', none: '–' };

describe('answerText', () => {
  it('shows option labels in the locale, falling back to German', () => {
    expect(answerText(base, 'ja', 'de', t)).toBe('Ja, gern');
    expect(answerText(base, 'ja', 'en', t)).toBe('Yes, please');
    expect(answerText(base, 'nein', 'en', t)).toBe('Nein');
  });

  it('keeps a stored value whose option was removed', () => {
    expect(answerText(base, 'vielleicht', 'de', t)).toBe('vielleicht');
  });

  it('joins multiple choices and renders booleans, numbers and blanks', () => {
    expect(answerText({ ...base, type: 'multipleChoice' }, ['ja', 'nein'], 'de', t)).toBe('Ja, gern, Nein');
    expect(answerText({ ...base, type: 'checkbox' }, true, 'de', t)).toBe('Ja');
    expect(answerText({ ...base, type: 'checkbox' }, false, 'de', t)).toBe('Nein');
    expect(answerText({ ...base, type: 'number' }, 3, 'de', t)).toBe('3');
    expect(answerText({ ...base, type: 'text' }, undefined, 'de', t)).toBe('–');
    expect(answerText({ ...base, type: 'multipleChoice' }, [], 'de', t)).toBe('–');
  });
});
