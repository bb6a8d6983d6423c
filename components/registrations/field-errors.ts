export { errorText } from '@/lib/edge/field-errors';

/** Person fields in screen order; custom questions follow them, the consent and the newsletter come last. */
export const FIELD_ORDER = [
  'salutation',
  'title',
  'firstName',
  'lastName',
  'email',
  'organization',
  'position',
  'sector',
  'state',
] as const;

/** How the person attends: after the person, before the questions. */
const ATTENDANCE_FIELDS = ['mode', 'sessions'] as const;

const TRAILING_FIELDS = ['consents.privacy', 'newsletter'] as const;

export type FormFieldPath =
  | (typeof FIELD_ORDER)[number]
  | (typeof ATTENDANCE_FIELDS)[number]
  | (typeof TRAILING_FIELDS)[number]
  | `answers.${string}`;

/**
 * Maps the server's `{field: message}` (top-level names, `answers.<questionId>` for questions) onto form
 * paths in screen order, so that the first one gets the focus. Unknown fields are dropped.
 */
export function serverFieldErrors(
  fieldErrors: Record<string, string>,
  questionIds: readonly string[] = [],
): { path: FormFieldPath; message: string }[] {
  const order: FormFieldPath[] = [
    ...FIELD_ORDER,
    ...ATTENDANCE_FIELDS,
    ...questionIds.map((id) => `answers.${id}` as const),
    ...TRAILING_FIELDS,
  ];
  const out: { path: FormFieldPath; message: string }[] = [];
  for (const path of order) {
    const message = fieldErrors[path.startsWith('answers.') ? path : (path.split('.')[0] ?? path)];
    if (message) out.push({ path, message });
  }
  return out;
}
