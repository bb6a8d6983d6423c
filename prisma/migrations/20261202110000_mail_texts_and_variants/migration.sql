-- AlterTable
ALTER TABLE "OutboxMail" ADD COLUMN     "variant" TEXT;

-- AlterTable
ALTER TABLE "OrganizerMessage" ADD COLUMN     "ownSalutation" BOOLEAN NOT NULL DEFAULT false;

-- CreateTable
CREATE TABLE "EventMailText" (
    "eventId" TEXT NOT NULL,
    "kind" TEXT NOT NULL,
    "locale" TEXT NOT NULL,
    "subject" TEXT NOT NULL DEFAULT '',
    "body" TEXT NOT NULL DEFAULT '',
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "EventMailText_pkey" PRIMARY KEY ("eventId","kind","locale")
);

-- AddForeignKey
ALTER TABLE "EventMailText" ADD CONSTRAINT "EventMailText_eventId_fkey" FOREIGN KEY ("eventId") REFERENCES "Event"("id") ON DELETE CASCADE ON UPDATE CASCADE;
