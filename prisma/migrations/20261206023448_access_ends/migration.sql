-- AlterTable
ALTER TABLE "User" ADD COLUMN     "sessionVersion" INTEGER NOT NULL DEFAULT 0;

-- AlterTable
ALTER TABLE "IntervisionSession" ADD COLUMN     "joinLockedAt" TIMESTAMP(3);

-- AlterTable
ALTER TABLE "SessionNote" ADD COLUMN     "updatedByLead" BOOLEAN NOT NULL DEFAULT false;

-- Written by hand: notes saved by the lead said so by a null updatedById; that is now updatedByLead.
-- A participant erased before this migration left their id behind: it goes, so the key can hold.
UPDATE "SessionNote" SET "updatedByLead" = true WHERE "updatedById" IS NULL AND "version" > 0;
UPDATE "SessionNote" SET "updatedById" = NULL
  WHERE "updatedById" IS NOT NULL AND NOT EXISTS (SELECT 1 FROM "Participant" p WHERE p."id" = "SessionNote"."updatedById");

-- CreateIndex
CREATE INDEX "SessionNote_updatedById_idx" ON "SessionNote"("updatedById");

-- AddForeignKey
ALTER TABLE "SessionNote" ADD CONSTRAINT "SessionNote_updatedById_fkey" FOREIGN KEY ("updatedById") REFERENCES "Participant"("id") ON DELETE SET NULL ON UPDATE CASCADE;
