-- Walk-ins at the door may come without an e-mail address (stored as ''): the one-active-registration-per-address
-- rule applies to real addresses only.
DROP INDEX IF EXISTS "Registration_eventId_email_active_key";
CREATE UNIQUE INDEX "Registration_eventId_email_active_key" ON "Registration"("eventId", "email") WHERE "status" <> 'cancelled' AND "email" <> '';

-- Check-in devices fetch what changed since their last sync.
CREATE INDEX "Registration_eventId_updatedAt_idx" ON "Registration"("eventId", "updatedAt");

-- The supervisor's conflict list.
CREATE INDEX "CheckIn_eventId_result_idx" ON "CheckIn"("eventId", "result");
