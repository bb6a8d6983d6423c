-- #17: bookable sessions with places, attendance modes (on site / online) and room-door check-in.
-- CreateEnum
CREATE TYPE "AttendanceFormat" AS ENUM ('onsite', 'online', 'hybrid');

-- CreateEnum
CREATE TYPE "AttendanceMode" AS ENUM ('onsite', 'online');

-- CreateEnum
CREATE TYPE "SessionChoice" AS ENUM ('optional', 'required');

-- CreateEnum
CREATE TYPE "BookingStatus" AS ENUM ('confirmed', 'waitlisted', 'cancelled');

-- AlterEnum


ALTER TYPE "MailKind" ADD VALUE 'session_promotion';
ALTER TYPE "MailKind" ADD VALUE 'booking_changed';

-- AlterTable
ALTER TABLE "Event" ADD COLUMN     "attendanceFormat" "AttendanceFormat" NOT NULL DEFAULT 'onsite',
ADD COLUMN     "onlineCapacity" INTEGER,
ADD COLUMN     "onlineConfirmedCount" INTEGER NOT NULL DEFAULT 0,
ADD COLUMN     "sessionChoice" "SessionChoice" NOT NULL DEFAULT 'optional',
ADD COLUMN     "streamReleaseMinutes" INTEGER NOT NULL DEFAULT 30,
ADD COLUMN     "streamUrl" TEXT;

-- AlterTable
ALTER TABLE "EventSession" ADD COLUMN     "bookable" BOOLEAN NOT NULL DEFAULT false,
ADD COLUMN     "capacity" INTEGER,
ADD COLUMN     "confirmedCount" INTEGER NOT NULL DEFAULT 0,
ADD COLUMN     "waitlistEnabled" BOOLEAN NOT NULL DEFAULT false;

-- AlterTable
ALTER TABLE "Registration" ADD COLUMN     "joinCount" INTEGER NOT NULL DEFAULT 0,
ADD COLUMN     "joinFirstAt" TIMESTAMP(3),
ADD COLUMN     "joinLastAt" TIMESTAMP(3),
ADD COLUMN     "joinToken" TEXT,
ADD COLUMN     "mode" "AttendanceMode" NOT NULL DEFAULT 'onsite';

-- AlterTable
ALTER TABLE "OutboxMail" ADD COLUMN     "sessionId" TEXT;

-- AlterTable
ALTER TABLE "CheckIn" ADD COLUMN     "sessionId" TEXT;

-- CreateTable
CREATE TABLE "SessionBooking" (
    "id" TEXT NOT NULL,
    "eventId" TEXT NOT NULL,
    "sessionId" TEXT NOT NULL,
    "registrationId" TEXT NOT NULL,
    "status" "BookingStatus" NOT NULL,
    "requestedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "promotedAt" TIMESTAMP(3),
    "cancelledAt" TIMESTAMP(3),
    "checkedInAt" TIMESTAMP(3),
    "checkedInDevice" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "SessionBooking_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "SessionBooking_sessionId_status_requestedAt_idx" ON "SessionBooking"("sessionId", "status", "requestedAt");

-- CreateIndex
CREATE INDEX "SessionBooking_eventId_updatedAt_idx" ON "SessionBooking"("eventId", "updatedAt");

-- CreateIndex
CREATE UNIQUE INDEX "SessionBooking_registrationId_sessionId_key" ON "SessionBooking"("registrationId", "sessionId");

-- CreateIndex
CREATE UNIQUE INDEX "Registration_joinToken_key" ON "Registration"("joinToken");

-- CreateIndex
CREATE INDEX "CheckIn_sessionId_idx" ON "CheckIn"("sessionId");

-- AddForeignKey
ALTER TABLE "SessionBooking" ADD CONSTRAINT "SessionBooking_sessionId_fkey" FOREIGN KEY ("sessionId") REFERENCES "EventSession"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "SessionBooking" ADD CONSTRAINT "SessionBooking_registrationId_fkey" FOREIGN KEY ("registrationId") REFERENCES "Registration"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CheckIn" ADD CONSTRAINT "CheckIn_sessionId_fkey" FOREIGN KEY ("sessionId") REFERENCES "EventSession"("id") ON DELETE SET NULL ON UPDATE CASCADE;


-- Counters and capacities are never negative; the join link opens at most a week before the start.
ALTER TABLE "EventSession" ADD CONSTRAINT "EventSession_capacity_check" CHECK ("capacity" IS NULL OR "capacity" >= 0);
ALTER TABLE "EventSession" ADD CONSTRAINT "EventSession_confirmedCount_check" CHECK ("confirmedCount" >= 0);
ALTER TABLE "Event" ADD CONSTRAINT "Event_onlineCapacity_check" CHECK ("onlineCapacity" IS NULL OR "onlineCapacity" >= 0);
ALTER TABLE "Event" ADD CONSTRAINT "Event_onlineConfirmedCount_check" CHECK ("onlineConfirmedCount" >= 0);
ALTER TABLE "Event" ADD CONSTRAINT "Event_streamReleaseMinutes_check" CHECK ("streamReleaseMinutes" BETWEEN 0 AND 10080);
