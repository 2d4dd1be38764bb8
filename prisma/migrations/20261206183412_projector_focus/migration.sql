-- AlterTable
ALTER TABLE "IntervisionSession" ADD COLUMN     "projectorJoin" BOOLEAN NOT NULL DEFAULT false,
ADD COLUMN     "projectorPage" INTEGER NOT NULL DEFAULT 0,
ADD COLUMN     "spotlightId" TEXT;

-- CreateIndex
CREATE INDEX "IntervisionSession_spotlightId_idx" ON "IntervisionSession"("spotlightId");

-- AddForeignKey
ALTER TABLE "IntervisionSession" ADD CONSTRAINT "IntervisionSession_spotlightId_fkey" FOREIGN KEY ("spotlightId") REFERENCES "Reaction"("id") ON DELETE SET NULL ON UPDATE CASCADE;
