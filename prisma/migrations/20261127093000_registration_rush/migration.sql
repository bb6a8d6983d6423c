-- CreateEnum
CREATE TYPE "QuestionType" AS ENUM ('text', 'longText', 'singleChoice', 'multipleChoice', 'checkbox', 'number');

-- DropIndex
DROP INDEX "Registration_eventId_status_idx";

-- AlterTable
ALTER TABLE "Event" ADD COLUMN     "photoNotice" TEXT,
ADD COLUMN     "retentionDays" INTEGER NOT NULL DEFAULT 180;

-- AlterTable
ALTER TABLE "Registration" ADD COLUMN     "answers" JSONB NOT NULL DEFAULT '{}',
ADD COLUMN     "cancelledBy" TEXT,
ADD COLUMN     "manageToken" TEXT,
ADD COLUMN     "newsletterConfirmedAt" TIMESTAMP(3),
ADD COLUMN     "newsletterRequestedAt" TIMESTAMP(3),
ADD COLUMN     "newsletterToken" TEXT,
ADD COLUMN     "promotedAt" TIMESTAMP(3);

-- Existing registrations get a random manage token (2 x 122 random bits from gen_random_uuid), then the column becomes required.
UPDATE "Registration" SET "manageToken" = encode(sha256(convert_to(gen_random_uuid()::text || gen_random_uuid()::text, 'UTF8')), 'hex') WHERE "manageToken" IS NULL;
ALTER TABLE "Registration" ALTER COLUMN "manageToken" SET NOT NULL;

-- CreateTable
CREATE TABLE "Question" (
    "id" TEXT NOT NULL,
    "eventId" TEXT NOT NULL,
    "type" "QuestionType" NOT NULL,
    "labelDe" TEXT NOT NULL,
    "labelEn" TEXT,
    "helpDe" TEXT,
    "helpEn" TEXT,
    "required" BOOLEAN NOT NULL DEFAULT false,
    "options" JSONB NOT NULL DEFAULT '[]',
    "min" INTEGER,
    "max" INTEGER,
    "position" INTEGER NOT NULL DEFAULT 0,
    "archivedAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Question_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "RateLimitBucket" (
    "key" TEXT NOT NULL,
    "windowStart" TIMESTAMP(3) NOT NULL,
    "count" INTEGER NOT NULL DEFAULT 0,

    CONSTRAINT "RateLimitBucket_pkey" PRIMARY KEY ("key","windowStart")
);

-- CreateIndex
CREATE INDEX "Question_eventId_position_idx" ON "Question"("eventId", "position");

-- CreateIndex
CREATE INDEX "RateLimitBucket_windowStart_idx" ON "RateLimitBucket"("windowStart");

-- CreateIndex
CREATE UNIQUE INDEX "Registration_manageToken_key" ON "Registration"("manageToken");

-- CreateIndex
CREATE UNIQUE INDEX "Registration_newsletterToken_key" ON "Registration"("newsletterToken");

-- CreateIndex
CREATE INDEX "Registration_eventId_status_createdAt_idx" ON "Registration"("eventId", "status", "createdAt");

-- AddForeignKey
ALTER TABLE "Question" ADD CONSTRAINT "Question_eventId_fkey" FOREIGN KEY ("eventId") REFERENCES "Event"("id") ON DELETE CASCADE ON UPDATE CASCADE;

