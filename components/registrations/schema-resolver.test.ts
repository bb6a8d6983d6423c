import { describe, expect, it } from 'vitest';
import type { QuestionDefinition } from '@/lib/questions/schema';
import { buildRegistrationSchema } from '@/lib/registrations/schema';
import { schemaResolver } from './schema-resolver';

const choice: QuestionDefinition = {
  id: 'track',
  type: 'singleChoice',
  labelDe: 'Track',
  labelEn: null,
  helpDe: null,
  helpEn: null,
  required: false,
  options: [
    { value: 'a', de: 'A' },
    { value: 'b', de: 'B' },
  ],
  min: null,
  max: null,
};

const resolve = (values: Record<string, unknown>) =>
  schemaResolver(buildRegistrationSchema([choice]))(values, undefined, {
    fields: {},
    shouldUseNativeValidation: false,
  });

describe('schemaResolver', () => {
  it('nests the first message key of each field as react-hook-form reads it', async () => {
    const { errors, values } = await resolve({ firstName: ' ', lastName: 'x'.repeat(101), email: 'no', answers: {} });
    expect(values).toEqual({});
    expect(errors.firstName).toEqual({ type: 'too_small', message: 'required' });
    expect(errors.lastName?.message).toBe('tooLong');
    expect(errors.email?.message).toBe('email');
    expect(errors.consents?.message).toBe('consent');
  });

  it('takes the message of the closest union branch and keeps answers under their question', async () => {
    const { errors } = await resolve({
      firstName: 'A',
      lastName: 'B',
      email: 'a@b.de',
      answers: { track: 'z' },
      consents: { privacy: false },
    });
    expect((errors.answers as Record<string, { message?: string }>).track?.message).toBe('option');
    expect((errors.consents as Record<string, { message?: string }>).privacy?.message).toBe('consent');
  });

  it('returns the parsed values when the input is valid', async () => {
    const { errors, values } = await resolve({
      firstName: ' Erika ',
      lastName: 'Muster',
      email: 'Erika@Example.TEST',
      answers: { track: 'b' },
      consents: { privacy: true },
    });
    expect(errors).toEqual({});
    expect(values).toMatchObject({ firstName: 'Erika', email: 'erika@example.test', answers: { track: 'b' } });
  });
});
