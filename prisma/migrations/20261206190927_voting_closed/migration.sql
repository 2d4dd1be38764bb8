-- AlterTable
ALTER TABLE "Round" ADD COLUMN     "votingClosedAt" TIMESTAMP(3);
