/** A field as the summary names it: its form path, the element a link targets and the label it shows. */
export interface SummaryField {
  name: string;
  targetId: string;
  label: string;
}

export interface SummaryItem extends SummaryField {
  message: string;
}

/** The minimal shape of react-hook-form's errors that the summary reads: nested objects with a message. */
export type ErrorTree = { message?: unknown; [key: string]: unknown } | undefined;

/** The message at a dotted path; a group's own message stands for its children (e.g. `consents`). */
export function errorAt(errors: ErrorTree, path: string): string | undefined {
  let node: unknown = errors;
  let fallback: string | undefined;
  for (const part of path.split('.')) {
    if (!node || typeof node !== 'object') break;
    const own = (node as { message?: unknown }).message;
    if (node !== errors && typeof own === 'string' && own) fallback = own;
    node = (node as Record<string, unknown>)[part];
  }
  const message = node && typeof node === 'object' ? (node as { message?: unknown }).message : undefined;
  return typeof message === 'string' && message ? message : fallback;
}

/** The summary's entries in FORM ORDER (the order of `fields`), one per field that has an error. */
export function summaryItems(
  errors: ErrorTree,
  fields: readonly SummaryField[],
  text: (message: string) => string | undefined,
): SummaryItem[] {
  return fields.flatMap((field) => {
    const raw = errorAt(errors, field.name);
    const message = raw ? text(raw) : undefined;
    return message ? [{ ...field, message }] : [];
  });
}
