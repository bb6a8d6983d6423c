-- CreateEnum
CREATE TYPE "MailKind" AS ENUM ('confirmation', 'waitlist', 'promotion', 'cancellation', 'reminder', 'newsletter', 'message');

-- CreateEnum
CREATE TYPE "MailStatus" AS ENUM ('queued', 'retrying', 'sent', 'failed', 'skipped');

-- CreateEnum
CREATE TYPE "MessageAudience" AS ENUM ('confirmed', 'waitlisted', 'checked_in', 'not_checked_in');

-- AlterTable
ALTER TABLE "Event" ADD COLUMN     "reminderDaysBefore" INTEGER DEFAULT 2,
ADD COLUMN     "reminderQueuedAt" TIMESTAMP(3);

-- CreateTable
CREATE TABLE "OutboxMail" (
    "id" UUID NOT NULL,
    "kind" "MailKind" NOT NULL,
    "status" "MailStatus" NOT NULL DEFAULT 'queued',
    "eventId" TEXT,
    "registrationId" TEXT,
    "organizerMessageId" TEXT,
    "recipient" TEXT NOT NULL,
    "attempts" INTEGER NOT NULL DEFAULT 0,
    "lastError" TEXT,
    "smtpMessageId" TEXT,
    "sentAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "OutboxMail_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "OrganizerMessage" (
    "id" TEXT NOT NULL,
    "eventId" TEXT NOT NULL,
    "subject" TEXT NOT NULL,
    "body" TEXT NOT NULL,
    "audience" "MessageAudience" NOT NULL,
    "isTest" BOOLEAN NOT NULL DEFAULT false,
    "createdBy" TEXT NOT NULL,
    "recipientCount" INTEGER NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "OrganizerMessage_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "OutboxMail_registrationId_idx" ON "OutboxMail"("registrationId");

-- CreateIndex
CREATE INDEX "OutboxMail_organizerMessageId_status_idx" ON "OutboxMail"("organizerMessageId", "status");

-- CreateIndex
CREATE INDEX "OutboxMail_eventId_kind_idx" ON "OutboxMail"("eventId", "kind");

-- CreateIndex
CREATE INDEX "OrganizerMessage_eventId_createdAt_idx" ON "OrganizerMessage"("eventId", "createdAt");

-- AddForeignKey
ALTER TABLE "OutboxMail" ADD CONSTRAINT "OutboxMail_registrationId_fkey" FOREIGN KEY ("registrationId") REFERENCES "Registration"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "OutboxMail" ADD CONSTRAINT "OutboxMail_organizerMessageId_fkey" FOREIGN KEY ("organizerMessageId") REFERENCES "OrganizerMessage"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "OrganizerMessage" ADD CONSTRAINT "OrganizerMessage_eventId_fkey" FOREIGN KEY ("eventId") REFERENCES "Event"("id") ON DELETE CASCADE ON UPDATE CASCADE;

