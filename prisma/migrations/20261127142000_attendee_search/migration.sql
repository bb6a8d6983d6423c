-- Attendee search: trigram indexes need pg_trgm (shipped with PostgreSQL contrib, also in embedded-postgres).
CREATE EXTENSION IF NOT EXISTS pg_trgm;

-- DropIndex
DROP INDEX "Registration_eventId_lastName_firstName_idx";

-- AlterTable
ALTER TABLE "Registration" ADD COLUMN     "searchText" TEXT NOT NULL DEFAULT '';

-- CreateIndex
CREATE INDEX "Registration_eventId_lastName_firstName_id_idx" ON "Registration"("eventId", "lastName", "firstName", "id");

-- CreateIndex
CREATE INDEX "Registration_eventId_organization_id_idx" ON "Registration"("eventId", "organization", "id");

-- CreateIndex
CREATE INDEX "Registration_eventId_createdAt_id_idx" ON "Registration"("eventId", "createdAt", "id");

-- CreateIndex
CREATE INDEX "Registration_eventId_status_lastName_firstName_id_idx" ON "Registration"("eventId", "status", "lastName", "firstName", "id");

-- CreateIndex
CREATE INDEX "Registration_searchText_idx" ON "Registration" USING GIN ("searchText" gin_trgm_ops);

-- CreateIndex
CREATE INDEX "Registration_email_idx" ON "Registration" USING GIN ("email" gin_trgm_ops);


-- Folds search text like foldSearchText() in lib/search/fold.ts (keep both in step; lib/search/fold.test.ts
-- compares them): lower case, German transliteration (ä→ae, ö→oe, ü→ue, ß→ss), accents dropped. Only
-- immutable built-ins, so the result depends on the input alone (unaccent() is only STABLE).
CREATE FUNCTION tb_search_fold(value text) RETURNS text
LANGUAGE sql IMMUTABLE PARALLEL SAFE RETURNS NULL ON NULL INPUT AS $$
  SELECT translate(
    replace(replace(replace(replace(replace(replace(lower(value), 'ä', 'ae'), 'ö', 'oe'), 'ü', 'ue'), 'ß', 'ss'), 'æ', 'ae'), 'œ', 'oe'),
    'àáâãåāăąçćčďđèéêëēėęěğìíîïīįıłľĺñńňòóôõøōőŕřśšşťţùúûůūűųýÿžźż',
    'aaaaaaaacccddeeeeeeeegiiiiiiilllnnnooooooorrsssttuuuuuuuyyzzz')
$$;

-- searchText follows the names and the organisation on every write, whoever writes (app, retention job, SQL).
CREATE FUNCTION "Registration_search_text"() RETURNS trigger AS $$
BEGIN
  NEW."searchText" := tb_search_fold(NEW."firstName" || ' ' || NEW."lastName" || ' ' || coalesce(NEW.organization, ''));
  RETURN NEW;
END $$ LANGUAGE plpgsql;

CREATE TRIGGER "Registration_search_text" BEFORE INSERT OR UPDATE OF "firstName", "lastName", organization, "searchText"
  ON "Registration" FOR EACH ROW EXECUTE FUNCTION "Registration_search_text"();

-- Existing rows.
UPDATE "Registration" SET "searchText" = '';
