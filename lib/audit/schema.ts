import { z } from 'zod';
import type { ErrorKey } from '@/lib/i18n/errors';

const optionalText = z
  .string()
  .trim()
  .max(200)
  .optional()
  .transform((v) => v || undefined);
const optionalDate = z
  .string()
  .optional()
  .transform((v) => v || undefined)
  .pipe(
    z
      .string()
      .regex(/^\d{4}-\d{2}-\d{2}$/, 'filterDate' satisfies ErrorKey)
      .optional(),
  );

/** Filters and cursor of the audit view (URL search parameters). */
export const auditSearchSchema = z.object({
  action: optionalText,
  actor: optionalText,
  event: optionalText,
  from: optionalDate,
  to: optionalDate,
  // "<ISO time>_<id>" of the last row shown: the next page starts after it (keyset on at, id).
  after: z
    .string()
    .max(200)
    .regex(/^[0-9T:.\-Z]+_[A-Za-z0-9]+$/)
    .optional()
    .catch(undefined),
});
export type AuditSearch = z.output<typeof auditSearchSchema>;

/** Parses the audit view's search parameters, keeping only the first value of each. */
export function parseAuditSearch(params: Record<string, string | string[] | undefined>) {
  const first = Object.fromEntries(Object.entries(params).map(([k, v]) => [k, Array.isArray(v) ? v[0] : v]));
  return auditSearchSchema.safeParse(first);
}
