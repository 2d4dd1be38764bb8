-- AlterTable
ALTER TABLE "IntervisionSession" ADD COLUMN     "voteBudget" INTEGER NOT NULL DEFAULT 3;

-- AlterTable
ALTER TABLE "Round" ADD COLUMN     "turnSkipped" TEXT[] DEFAULT ARRAY[]::TEXT[];
