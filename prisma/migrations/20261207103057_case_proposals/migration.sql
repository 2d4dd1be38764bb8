-- CreateEnum
CREATE TYPE "CaseProposalStatus" AS ENUM ('open', 'chosen', 'carried_over', 'withdrawn');

-- AlterTable
ALTER TABLE "Case" ADD COLUMN     "description" TEXT;

-- CreateTable
CREATE TABLE "CaseProposal" (
    "id" TEXT NOT NULL,
    "sessionId" TEXT NOT NULL,
    "groupId" TEXT,
    "groupMemberId" TEXT,
    "participantId" TEXT,
    "caseId" TEXT,
    "proposerName" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "description" TEXT NOT NULL DEFAULT '',
    "question" TEXT NOT NULL,
    "keyHash" TEXT NOT NULL,
    "status" "CaseProposalStatus" NOT NULL DEFAULT 'open',
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "CaseProposal_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "CaseProposal_caseId_key" ON "CaseProposal"("caseId");

-- CreateIndex
CREATE INDEX "CaseProposal_sessionId_keyHash_idx" ON "CaseProposal"("sessionId", "keyHash");

-- CreateIndex
CREATE INDEX "CaseProposal_groupId_status_idx" ON "CaseProposal"("groupId", "status");

-- CreateIndex
CREATE INDEX "CaseProposal_groupMemberId_idx" ON "CaseProposal"("groupMemberId");

-- CreateIndex
CREATE INDEX "CaseProposal_participantId_idx" ON "CaseProposal"("participantId");

-- AddForeignKey
ALTER TABLE "CaseProposal" ADD CONSTRAINT "CaseProposal_sessionId_fkey" FOREIGN KEY ("sessionId") REFERENCES "IntervisionSession"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CaseProposal" ADD CONSTRAINT "CaseProposal_groupId_fkey" FOREIGN KEY ("groupId") REFERENCES "Group"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CaseProposal" ADD CONSTRAINT "CaseProposal_groupMemberId_fkey" FOREIGN KEY ("groupMemberId") REFERENCES "GroupMember"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CaseProposal" ADD CONSTRAINT "CaseProposal_participantId_fkey" FOREIGN KEY ("participantId") REFERENCES "Participant"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CaseProposal" ADD CONSTRAINT "CaseProposal_caseId_fkey" FOREIGN KEY ("caseId") REFERENCES "Case"("id") ON DELETE SET NULL ON UPDATE CASCADE;
