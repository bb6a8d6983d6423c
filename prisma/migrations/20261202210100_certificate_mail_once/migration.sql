-- Sending all certificates twice must send nobody twice: at most one certificate mail per registration.
-- In a migration of its own because PostgreSQL cannot use the enum value added by the previous one in the same transaction.
CREATE UNIQUE INDEX "OutboxMail_certificate_once_key" ON "OutboxMail"("registrationId") WHERE "kind" = 'certificate';
