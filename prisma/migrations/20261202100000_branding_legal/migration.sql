-- CreateEnum
CREATE TYPE "LegalPageKind" AS ENUM ('imprint', 'privacy', 'accessibility');

-- CreateTable
CREATE TABLE "Branding" (
    "id" INTEGER NOT NULL DEFAULT 1,
    "orgName" TEXT,
    "primaryColor" TEXT,
    "logo" BYTEA,
    "logoMime" TEXT,
    "logoId" TEXT,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Branding_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "LegalPage" (
    "kind" "LegalPageKind" NOT NULL,
    "textDe" TEXT NOT NULL,
    "textEn" TEXT NOT NULL DEFAULT '',
    "feedbackEmail" TEXT,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "LegalPage_pkey" PRIMARY KEY ("kind")
);

-- CreateTable
CREATE TABLE "EventCover" (
    "eventId" TEXT NOT NULL,
    "id" TEXT NOT NULL,
    "image" BYTEA NOT NULL,
    "mime" TEXT NOT NULL,
    "altDe" TEXT NOT NULL DEFAULT '',
    "altEn" TEXT NOT NULL DEFAULT '',
    "decorative" BOOLEAN NOT NULL DEFAULT false,

    CONSTRAINT "EventCover_pkey" PRIMARY KEY ("eventId")
);

-- CreateIndex
CREATE UNIQUE INDEX "EventCover_id_key" ON "EventCover"("id");

-- AddForeignKey
ALTER TABLE "EventCover" ADD CONSTRAINT "EventCover_eventId_fkey" FOREIGN KEY ("eventId") REFERENCES "Event"("id") ON DELETE CASCADE ON UPDATE CASCADE;

ALTER TABLE "Branding" ADD CONSTRAINT "Branding_singleton" CHECK ("id" = 1);
