-- CreateTable
CREATE TABLE "ShareLink" (
    "id" TEXT NOT NULL,
    "sessionId" TEXT NOT NULL,
    "tokenHash" TEXT NOT NULL,
    "createdById" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "expiresAt" TIMESTAMP(3),
    "revokedAt" TIMESTAMP(3),

    CONSTRAINT "ShareLink_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "ShareLink_tokenHash_key" ON "ShareLink"("tokenHash");

-- CreateIndex
CREATE INDEX "ShareLink_sessionId_idx" ON "ShareLink"("sessionId");

-- AddForeignKey
ALTER TABLE "ShareLink" ADD CONSTRAINT "ShareLink_sessionId_fkey" FOREIGN KEY ("sessionId") REFERENCES "IntervisionSession"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ShareLink" ADD CONSTRAINT "ShareLink_createdById_fkey" FOREIGN KEY ("createdById") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- Full-text search over what was said and decided, in Dutch and English (server/services/archive.ts).
-- Written by hand: Prisma's schema language has neither generated columns nor expression indexes, so
-- the "searchVector" columns are not in schema.prisma and the Prisma client never sees them. Each is
-- kept by PostgreSQL itself (GENERATED ... STORED), so a search ranks its hits without recomputing
-- them. A future `prisma migrate dev` would offer to drop them: keep them.
CREATE FUNCTION kring_search_vector(body TEXT) RETURNS tsvector
  LANGUAGE SQL IMMUTABLE PARALLEL SAFE
  RETURN to_tsvector('dutch'::regconfig, body) || to_tsvector('english'::regconfig, body);

CREATE FUNCTION kring_search_query(words TEXT) RETURNS tsquery
  LANGUAGE SQL IMMUTABLE PARALLEL SAFE
  RETURN websearch_to_tsquery('dutch'::regconfig, words) || websearch_to_tsquery('english'::regconfig, words);

-- A reaction's only once it is revealed (only those are searched): a new reaction, the live hot path,
-- is pending and costs nothing here; the reveal fills it.
ALTER TABLE "Reaction" ADD COLUMN "searchVector" tsvector GENERATED ALWAYS AS (
  CASE WHEN "visibility" = 'revealed' THEN kring_search_vector("text") END) STORED;
ALTER TABLE "Case" ADD COLUMN "searchVector" tsvector GENERATED ALWAYS AS (kring_search_vector("title" || ' ' || "question")) STORED;
ALTER TABLE "SessionNote" ADD COLUMN "searchVector" tsvector GENERATED ALWAYS AS (kring_search_vector("text")) STORED;
ALTER TABLE "ActionPoint" ADD COLUMN "searchVector" tsvector GENERATED ALWAYS AS (kring_search_vector("text")) STORED;

-- Only revealed reactions are ever searched.
CREATE INDEX "Reaction_search_idx" ON "Reaction" USING GIN ("searchVector") WHERE "visibility" = 'revealed';
CREATE INDEX "Case_search_idx" ON "Case" USING GIN ("searchVector");
CREATE INDEX "SessionNote_search_idx" ON "SessionNote" USING GIN ("searchVector");
CREATE INDEX "ActionPoint_search_idx" ON "ActionPoint" USING GIN ("searchVector");
