-- DropIndex
DROP INDEX "Registration_eventId_email_key";

-- CreateIndex
CREATE INDEX "Registration_eventId_email_idx" ON "Registration"("eventId", "email");


-- One active registration per address and event; cancelled ones do not block a new registration.
CREATE UNIQUE INDEX "Registration_eventId_email_active_key" ON "Registration"("eventId", "email") WHERE "status" <> 'cancelled';
