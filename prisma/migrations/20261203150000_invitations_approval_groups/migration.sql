-- Invitations, the invitees' contingent, approval ("Anmeldungen prüfen"), groups of colleagues and substitutes.
CREATE TYPE "ApprovalOverflow" AS ENUM ('waitlist', 'refuse');

CREATE TYPE "InvitationStatus" AS ENUM ('invited', 'opened', 'registered', 'declined');

ALTER TYPE "RegistrationStatus" ADD VALUE 'pending';
ALTER TYPE "RegistrationStatus" ADD VALUE 'rejected';

ALTER TYPE "MailKind" ADD VALUE 'event_invitation';
ALTER TYPE "MailKind" ADD VALUE 'event_invitation_reminder';
ALTER TYPE "MailKind" ADD VALUE 'pending';
ALTER TYPE "MailKind" ADD VALUE 'rejection';
ALTER TYPE "MailKind" ADD VALUE 'group_summary';
ALTER TYPE "MailKind" ADD VALUE 'substitution';

ALTER TABLE "Event" ADD COLUMN     "approvalOverflow" "ApprovalOverflow" NOT NULL DEFAULT 'waitlist',
ADD COLUMN     "approvalRequired" BOOLEAN NOT NULL DEFAULT false,
ADD COLUMN     "invitationOnly" BOOLEAN NOT NULL DEFAULT false,
ADD COLUMN     "invitationReminderAt" TIMESTAMP(3),
ADD COLUMN     "invitationReminderQueuedAt" TIMESTAMP(3),
ADD COLUMN     "maxGroupSize" INTEGER NOT NULL DEFAULT 5,
ADD COLUMN     "reservedReleaseAt" TIMESTAMP(3),
ADD COLUMN     "reservedReleasedAt" TIMESTAMP(3),
ADD COLUMN     "reservedSeats" INTEGER NOT NULL DEFAULT 0,
ADD COLUMN     "reservedTaken" INTEGER NOT NULL DEFAULT 0;

ALTER TABLE "Registration" ADD COLUMN     "contingentSeat" BOOLEAN NOT NULL DEFAULT false,
ADD COLUMN     "decidedAt" TIMESTAMP(3),
ADD COLUMN     "decidedBy" TEXT,
ADD COLUMN     "decisionNote" TEXT,
ADD COLUMN     "groupId" TEXT,
ADD COLUMN     "invitationId" TEXT,
ADD COLUMN     "substituteForId" TEXT;

ALTER TABLE "OutboxMail" ADD COLUMN     "groupId" TEXT,
ADD COLUMN     "invitationId" TEXT;

CREATE TABLE "Invitation" (
    "id" TEXT NOT NULL,
    "eventId" TEXT NOT NULL,
    "token" TEXT NOT NULL,
    "status" "InvitationStatus" NOT NULL DEFAULT 'invited',
    "salutation" TEXT,
    "title" TEXT,
    "firstName" TEXT NOT NULL,
    "lastName" TEXT NOT NULL,
    "email" TEXT NOT NULL,
    "organization" TEXT,
    "position" TEXT,
    "locale" TEXT NOT NULL DEFAULT 'de',
    "createdBy" TEXT NOT NULL,
    "invitedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "openedAt" TIMESTAMP(3),
    "registeredAt" TIMESTAMP(3),
    "declinedAt" TIMESTAMP(3),
    "declineNote" TEXT,
    "lastRemindedAt" TIMESTAMP(3),
    "reminderCount" INTEGER NOT NULL DEFAULT 0,
    "anonymizedAt" TIMESTAMP(3),
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Invitation_pkey" PRIMARY KEY ("id")
);

CREATE TABLE "RegistrationGroup" (
    "id" TEXT NOT NULL,
    "eventId" TEXT NOT NULL,
    "submitterName" TEXT NOT NULL,
    "submitterEmail" TEXT NOT NULL,
    "locale" TEXT NOT NULL DEFAULT 'de',
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "RegistrationGroup_pkey" PRIMARY KEY ("id")
);

CREATE UNIQUE INDEX "Invitation_token_key" ON "Invitation"("token");

CREATE INDEX "Invitation_eventId_status_idx" ON "Invitation"("eventId", "status");

CREATE UNIQUE INDEX "Invitation_eventId_email_key" ON "Invitation"("eventId", "email");

CREATE INDEX "RegistrationGroup_eventId_idx" ON "RegistrationGroup"("eventId");

CREATE UNIQUE INDEX "Registration_invitationId_key" ON "Registration"("invitationId");

CREATE UNIQUE INDEX "Registration_substituteForId_key" ON "Registration"("substituteForId");

CREATE INDEX "Registration_groupId_idx" ON "Registration"("groupId");

CREATE INDEX "OutboxMail_invitationId_idx" ON "OutboxMail"("invitationId");

CREATE INDEX "OutboxMail_groupId_idx" ON "OutboxMail"("groupId");

ALTER TABLE "Registration" ADD CONSTRAINT "Registration_invitationId_fkey" FOREIGN KEY ("invitationId") REFERENCES "Invitation"("id") ON DELETE SET NULL ON UPDATE CASCADE;

ALTER TABLE "Registration" ADD CONSTRAINT "Registration_groupId_fkey" FOREIGN KEY ("groupId") REFERENCES "RegistrationGroup"("id") ON DELETE SET NULL ON UPDATE CASCADE;

ALTER TABLE "Registration" ADD CONSTRAINT "Registration_substituteForId_fkey" FOREIGN KEY ("substituteForId") REFERENCES "Registration"("id") ON DELETE SET NULL ON UPDATE CASCADE;

ALTER TABLE "Invitation" ADD CONSTRAINT "Invitation_eventId_fkey" FOREIGN KEY ("eventId") REFERENCES "Event"("id") ON DELETE CASCADE ON UPDATE CASCADE;

ALTER TABLE "RegistrationGroup" ADD CONSTRAINT "RegistrationGroup_eventId_fkey" FOREIGN KEY ("eventId") REFERENCES "Event"("id") ON DELETE CASCADE ON UPDATE CASCADE;

ALTER TABLE "OutboxMail" ADD CONSTRAINT "OutboxMail_invitationId_fkey" FOREIGN KEY ("invitationId") REFERENCES "Invitation"("id") ON DELETE CASCADE ON UPDATE CASCADE;

ALTER TABLE "OutboxMail" ADD CONSTRAINT "OutboxMail_groupId_fkey" FOREIGN KEY ("groupId") REFERENCES "RegistrationGroup"("id") ON DELETE CASCADE ON UPDATE CASCADE;


-- The counters and settings the registration core relies on.
ALTER TABLE "Event" ADD CONSTRAINT "Event_reserved_check" CHECK ("reservedSeats" >= 0 AND "reservedTaken" >= 0);
ALTER TABLE "Event" ADD CONSTRAINT "Event_maxGroupSize_check" CHECK ("maxGroupSize" BETWEEN 1 AND 50);
