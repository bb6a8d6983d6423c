-- A rejected registration holds no place, like a cancelled one, so the person may register again. A separate
-- migration because PostgreSQL refuses a new enum value in the transaction that added it.
DROP INDEX IF EXISTS "Registration_eventId_email_active_key";
CREATE UNIQUE INDEX "Registration_eventId_email_active_key" ON "Registration"("eventId", "email")
  WHERE "status" NOT IN ('cancelled', 'rejected') AND "email" <> '';
