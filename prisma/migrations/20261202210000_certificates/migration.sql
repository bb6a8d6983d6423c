-- CreateEnum
CREATE TYPE "CertificateHoursMode" AS ENUM ('fixed', 'sessions');

-- AlterEnum
ALTER TYPE "MailKind" ADD VALUE 'certificate';

-- CreateTable
CREATE TABLE "CertificateSettings" (
    "eventId" TEXT NOT NULL,
    "enabled" BOOLEAN NOT NULL DEFAULT false,
    "titleDe" TEXT NOT NULL DEFAULT '',
    "titleEn" TEXT NOT NULL DEFAULT '',
    "bodyDe" TEXT NOT NULL DEFAULT '',
    "bodyEn" TEXT NOT NULL DEFAULT '',
    "signatoryName" TEXT NOT NULL DEFAULT '',
    "signatoryFunctionDe" TEXT NOT NULL DEFAULT '',
    "signatoryFunctionEn" TEXT NOT NULL DEFAULT '',
    "signature" BYTEA,
    "signatureMime" TEXT,
    "hoursMode" "CertificateHoursMode" NOT NULL DEFAULT 'fixed',
    "fixedMinutes" INTEGER,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "CertificateSettings_pkey" PRIMARY KEY ("eventId")
);

-- CreateTable
CREATE TABLE "Certificate" (
    "id" TEXT NOT NULL,
    "eventId" TEXT NOT NULL,
    "registrationId" TEXT,
    "holderName" TEXT NOT NULL,
    "locale" TEXT NOT NULL DEFAULT 'de',
    "minutes" INTEGER NOT NULL,
    "sessions" TEXT[] DEFAULT ARRAY[]::TEXT[],
    "issuedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "signature" TEXT NOT NULL,
    "grantedBy" TEXT,
    "grantReason" TEXT,
    "revokedAt" TIMESTAMP(3),
    "revokedBy" TEXT,
    "revokeReason" TEXT,
    "anonymizedAt" TIMESTAMP(3),

    CONSTRAINT "Certificate_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "Certificate_registrationId_key" ON "Certificate"("registrationId");

-- CreateIndex
CREATE INDEX "Certificate_eventId_issuedAt_idx" ON "Certificate"("eventId", "issuedAt");

-- AddForeignKey
ALTER TABLE "CertificateSettings" ADD CONSTRAINT "CertificateSettings_eventId_fkey" FOREIGN KEY ("eventId") REFERENCES "Event"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Certificate" ADD CONSTRAINT "Certificate_eventId_fkey" FOREIGN KEY ("eventId") REFERENCES "Event"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Certificate" ADD CONSTRAINT "Certificate_registrationId_fkey" FOREIGN KEY ("registrationId") REFERENCES "Registration"("id") ON DELETE SET NULL ON UPDATE CASCADE;

