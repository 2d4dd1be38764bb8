-- AlterTable
ALTER TABLE "IntervisionSession" ADD COLUMN     "plannedFor" TEXT;
