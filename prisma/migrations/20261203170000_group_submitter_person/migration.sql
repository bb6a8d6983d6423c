-- The group's submitter as the form named them (Anrede, title, first and last name, organisation), so the summary
-- mail greets them formally. Groups written before keep their name as the last name.
ALTER TABLE "RegistrationGroup"
ADD COLUMN "submitterFirstName" TEXT NOT NULL DEFAULT '',
ADD COLUMN "submitterLastName" TEXT NOT NULL DEFAULT '',
ADD COLUMN "submitterOrganization" TEXT,
ADD COLUMN "submitterSalutation" TEXT,
ADD COLUMN "submitterTitle" TEXT;

UPDATE "RegistrationGroup" SET "submitterLastName" = "submitterName";

ALTER TABLE "RegistrationGroup" DROP COLUMN "submitterName",
ALTER COLUMN "submitterFirstName" DROP DEFAULT,
ALTER COLUMN "submitterLastName" DROP DEFAULT;
