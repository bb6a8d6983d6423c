import { z } from 'zod';
import { refArg } from '@/lib/edge/args';

/** The confirm step of "send all": the organizer has seen the counts and said yes. */
export const sendCertificatesSchema = z.object({ confirmed: z.literal(true) });
export type SendCertificatesInput = z.infer<typeof sendCertificatesSchema>;

export const sendCertificatesArgs = z.tuple([refArg, sendCertificatesSchema]);

/** Why "send all" refused: the event has not ended, certificates are switched off, or nobody is eligible. */
export type SendRefusal = 'notEnded' | 'disabled' | 'none';

export type SendCertificatesResult = { outcome: 'queued'; queued: number } | { outcome: SendRefusal };
