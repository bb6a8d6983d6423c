import { verificationTokenCleanupJob } from '@/lib/auth/jobs';
import { mailSendJob, outboxRelayJob, reminderJob } from '@/lib/mail/jobs';
import { invitationReminderJob } from '@/lib/invitations/jobs';
import { contingentReleaseJob } from '@/lib/registrations/jobs';
import { retentionJob } from '@/lib/retention/job';
import type { JobDefinition } from './job';

/**
 * Every background job. The migration step installs a queue for each (lib/server/queue-install.ts) and every
 * worker process works each (./worker.ts), so a job added here needs nothing else to run.
 */
export const registeredJobs: readonly JobDefinition[] = [
  mailSendJob,
  reminderJob,
  outboxRelayJob,
  retentionJob,
  verificationTokenCleanupJob,
  invitationReminderJob,
  contingentReleaseJob,
];
