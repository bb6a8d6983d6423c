import { z } from 'zod';

/** The one schema of the grant and revoke forms, shared by form and action: a reason, kept in the audit log. */
export const certificateReasonSchema = z.object({
  reason: z.string().trim().min(1, 'required').max(500, 'tooLong'),
});

export type CertificateReasonValues = z.input<typeof certificateReasonSchema>;
