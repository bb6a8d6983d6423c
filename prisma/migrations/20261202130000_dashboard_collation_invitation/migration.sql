-- German collation for the names and organisations people read in lists: "Öztürk" sorts with O, "Ärger" with A
-- (DIN 5007-1), and numbers inside text sort by value ("kn": "Raum 9" before "Raum 10"). ICU ships with
-- PostgreSQL's official builds (embedded-postgres included). A deterministic collation, so equality and LIKE keep
-- working. Set on the columns, not per ORDER BY, so every list (attendees, door, exports, messages) and the sort
-- indexes use it; altering the type rebuilds those indexes with the new collation. Prisma's schema language cannot
-- express column collations, hence only here (see the comment on Registration in schema.prisma).
CREATE COLLATION IF NOT EXISTS "german" (provider = icu, locale = 'de-u-kn-true');

-- The search trigger names these columns in its UPDATE OF list, which blocks a type change: drop and recreate it
-- unchanged (same function, same columns) around the change, within this migration's transaction.
DROP TRIGGER "Registration_search_text" ON "Registration";

ALTER TABLE "Registration"
  ALTER COLUMN "firstName" TYPE TEXT COLLATE "german",
  ALTER COLUMN "lastName" TYPE TEXT COLLATE "german",
  ALTER COLUMN "organization" TYPE TEXT COLLATE "german";

CREATE TRIGGER "Registration_search_text" BEFORE INSERT OR UPDATE OF "firstName", "lastName", organization, "searchText"
  ON "Registration" FOR EACH ROW EXECUTE FUNCTION "Registration_search_text"();

-- Inviting a dashboard user sends the invitation mail through the outbox, in the invitation's transaction.
ALTER TYPE "MailKind" ADD VALUE 'invitation';
