-- AlterTable
ALTER TABLE "OutboxMail" ADD COLUMN     "variant" TEXT;

-- AlterTable
ALTER TABLE "OrganizerMessage" ADD COLUMN     "ownSalutation" BOOLEAN NOT NULL DEFAULT false;
