-- The event as printed on each certificate, frozen at issue time (no certificates exist before this release).
-- AlterTable
ALTER TABLE "Certificate" ADD COLUMN     "eventEndsAt" TIMESTAMP(3) NOT NULL,
ADD COLUMN     "eventStartsAt" TIMESTAMP(3) NOT NULL,
ADD COLUMN     "eventTitle" TEXT NOT NULL,
ADD COLUMN     "venue" TEXT NOT NULL;

