-- CreateSchema
CREATE SCHEMA IF NOT EXISTS "public";

-- CreateEnum
CREATE TYPE "PhaseKind" AS ENUM ('checkin', 'look_back', 'pitch', 'choose_case', 'clarify', 'questions', 'analysis', 'advice', 'lesson_round', 'discussion', 'response', 'action_points', 'evaluation', 'checkout');

-- CreateEnum
CREATE TYPE "SessionStatus" AS ENUM ('draft', 'lobby', 'running', 'ended');

-- CreateEnum
CREATE TYPE "ParticipantRole" AS ENUM ('participant', 'case_owner', 'note_taker');

-- CreateEnum
CREATE TYPE "CaseStatus" AS ENUM ('pitched', 'chosen', 'set_aside');

-- CreateEnum
CREATE TYPE "PostKind" AS ENUM ('checkin', 'experience', 'question', 'idea', 'pitch', 'advice', 'association', 'analysis', 'reflection', 'response', 'checkout');

-- CreateEnum
CREATE TYPE "ReactionVisibility" AS ENUM ('pending', 'revealed', 'hidden', 'withdrawn');

-- CreateEnum
CREATE TYPE "QuestionLabel" AS ENUM ('warm', 'cold', 'neutral');

-- CreateEnum
CREATE TYPE "ActionPointStatus" AS ENUM ('open', 'done', 'dropped');

-- CreateTable
CREATE TABLE "User" (
    "id" TEXT NOT NULL,
    "email" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "passwordHash" TEXT NOT NULL,
    "locale" TEXT NOT NULL DEFAULT 'nl',
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "User_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Group" (
    "id" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "description" TEXT NOT NULL DEFAULT '',
    "ownerId" TEXT NOT NULL,
    "retentionDays" INTEGER,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Group_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "GroupFacilitator" (
    "groupId" TEXT NOT NULL,
    "userId" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "GroupFacilitator_pkey" PRIMARY KEY ("groupId","userId")
);

-- CreateTable
CREATE TABLE "GroupMember" (
    "id" TEXT NOT NULL,
    "groupId" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "email" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "leftAt" TIMESTAMP(3),

    CONSTRAINT "GroupMember_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Deck" (
    "id" TEXT NOT NULL,
    "slug" TEXT NOT NULL,
    "ownerId" TEXT,
    "titleNl" TEXT NOT NULL,
    "titleEn" TEXT NOT NULL,
    "headingNl" TEXT NOT NULL DEFAULT '',
    "headingEn" TEXT NOT NULL DEFAULT '',
    "introNl" TEXT NOT NULL DEFAULT '',
    "introEn" TEXT NOT NULL DEFAULT '',
    "closingNl" TEXT NOT NULL DEFAULT '',
    "closingEn" TEXT NOT NULL DEFAULT '',
    "sourceNl" TEXT NOT NULL DEFAULT '',
    "sourceEn" TEXT NOT NULL DEFAULT '',
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Deck_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Theme" (
    "id" TEXT NOT NULL,
    "deckId" TEXT NOT NULL,
    "position" INTEGER NOT NULL,
    "titleNl" TEXT NOT NULL,
    "titleEn" TEXT NOT NULL,
    "framingNl" TEXT NOT NULL DEFAULT '',
    "framingEn" TEXT NOT NULL DEFAULT '',

    CONSTRAINT "Theme_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Lesson" (
    "id" TEXT NOT NULL,
    "themeId" TEXT NOT NULL,
    "position" INTEGER NOT NULL,
    "textNl" TEXT NOT NULL,
    "textEn" TEXT NOT NULL,

    CONSTRAINT "Lesson_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Method" (
    "id" TEXT NOT NULL,
    "key" TEXT,
    "ownerId" TEXT,
    "nameNl" TEXT NOT NULL,
    "nameEn" TEXT NOT NULL,
    "summaryNl" TEXT NOT NULL DEFAULT '',
    "summaryEn" TEXT NOT NULL DEFAULT '',
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Method_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "MethodPhase" (
    "id" TEXT NOT NULL,
    "methodId" TEXT NOT NULL,
    "position" INTEGER NOT NULL,
    "kind" "PhaseKind" NOT NULL,
    "titleNl" TEXT NOT NULL,
    "titleEn" TEXT NOT NULL,
    "instructionNl" TEXT NOT NULL DEFAULT '',
    "instructionEn" TEXT NOT NULL DEFAULT '',
    "durationSeconds" INTEGER NOT NULL,
    "rules" JSONB NOT NULL,

    CONSTRAINT "MethodPhase_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "IntervisionSession" (
    "id" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "status" "SessionStatus" NOT NULL DEFAULT 'draft',
    "joinCode" TEXT NOT NULL,
    "facilitatorId" TEXT NOT NULL,
    "groupId" TEXT,
    "methodId" TEXT,
    "deckId" TEXT,
    "locale" TEXT NOT NULL DEFAULT 'nl',
    "agreements" TEXT NOT NULL DEFAULT '',
    "anonymousDefault" BOOLEAN NOT NULL DEFAULT false,
    "currentPhaseIndex" INTEGER,
    "timerEndsAt" TIMESTAMP(3),
    "timerRemainingMs" INTEGER,
    "timerDurationMs" INTEGER,
    "version" INTEGER NOT NULL DEFAULT 0,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,
    "openedAt" TIMESTAMP(3),
    "startedAt" TIMESTAMP(3),
    "endedAt" TIMESTAMP(3),

    CONSTRAINT "IntervisionSession_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "SessionPhase" (
    "id" TEXT NOT NULL,
    "sessionId" TEXT NOT NULL,
    "position" INTEGER NOT NULL,
    "kind" "PhaseKind" NOT NULL,
    "titleNl" TEXT NOT NULL,
    "titleEn" TEXT NOT NULL,
    "instructionNl" TEXT NOT NULL DEFAULT '',
    "instructionEn" TEXT NOT NULL DEFAULT '',
    "durationSeconds" INTEGER NOT NULL,
    "rules" JSONB NOT NULL,
    "startedAt" TIMESTAMP(3),
    "endedAt" TIMESTAMP(3),
    "spentMs" INTEGER NOT NULL DEFAULT 0,

    CONSTRAINT "SessionPhase_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Participant" (
    "id" TEXT NOT NULL,
    "sessionId" TEXT NOT NULL,
    "displayName" TEXT NOT NULL,
    "role" "ParticipantRole" NOT NULL DEFAULT 'participant',
    "credentialHash" TEXT NOT NULL,
    "groupMemberId" TEXT,
    "joinIndex" INTEGER NOT NULL,
    "agreementsAcceptedAt" TIMESTAMP(3) NOT NULL,
    "joinedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "lastSeenAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "removedAt" TIMESTAMP(3),

    CONSTRAINT "Participant_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Case" (
    "id" TEXT NOT NULL,
    "clientId" TEXT NOT NULL,
    "sessionId" TEXT NOT NULL,
    "ownerId" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "question" TEXT NOT NULL,
    "status" "CaseStatus" NOT NULL DEFAULT 'pitched',
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Case_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Round" (
    "id" TEXT NOT NULL,
    "sessionId" TEXT NOT NULL,
    "phaseId" TEXT,
    "position" INTEGER NOT NULL,
    "lessonId" TEXT,
    "question" TEXT,
    "revealedAt" TIMESTAMP(3),
    "turnOrder" TEXT[] DEFAULT ARRAY[]::TEXT[],
    "turnIndex" INTEGER,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Round_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Reaction" (
    "id" TEXT NOT NULL,
    "clientId" TEXT NOT NULL,
    "sessionId" TEXT NOT NULL,
    "roundId" TEXT NOT NULL,
    "authorId" TEXT NOT NULL,
    "kind" "PostKind" NOT NULL,
    "text" TEXT NOT NULL,
    "anonymous" BOOLEAN NOT NULL DEFAULT false,
    "visibility" "ReactionVisibility" NOT NULL DEFAULT 'pending',
    "usable" BOOLEAN,
    "label" "QuestionLabel",
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,
    "revealedAt" TIMESTAMP(3),

    CONSTRAINT "Reaction_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Vote" (
    "id" TEXT NOT NULL,
    "clientId" TEXT NOT NULL,
    "voterId" TEXT NOT NULL,
    "reactionId" TEXT,
    "caseId" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Vote_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ActionPoint" (
    "id" TEXT NOT NULL,
    "clientId" TEXT NOT NULL,
    "sessionId" TEXT NOT NULL,
    "groupId" TEXT,
    "text" TEXT NOT NULL,
    "ownerParticipantId" TEXT,
    "ownerMemberId" TEXT,
    "ownerName" TEXT NOT NULL DEFAULT '',
    "dueDate" DATE,
    "status" "ActionPointStatus" NOT NULL DEFAULT 'open',
    "sourceReactionId" TEXT,
    "sourceCaseId" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,
    "closedAt" TIMESTAMP(3),

    CONSTRAINT "ActionPoint_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "SessionNote" (
    "id" TEXT NOT NULL,
    "sessionId" TEXT NOT NULL,
    "text" TEXT NOT NULL DEFAULT '',
    "version" INTEGER NOT NULL DEFAULT 0,
    "updatedById" TEXT,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "SessionNote_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "User_email_key" ON "User"("email");

-- CreateIndex
CREATE INDEX "Group_ownerId_idx" ON "Group"("ownerId");

-- CreateIndex
CREATE INDEX "GroupFacilitator_userId_idx" ON "GroupFacilitator"("userId");

-- CreateIndex
CREATE INDEX "GroupMember_groupId_idx" ON "GroupMember"("groupId");

-- CreateIndex
CREATE UNIQUE INDEX "Deck_slug_key" ON "Deck"("slug");

-- CreateIndex
CREATE INDEX "Deck_ownerId_idx" ON "Deck"("ownerId");

-- CreateIndex
CREATE UNIQUE INDEX "Theme_deckId_position_key" ON "Theme"("deckId", "position");

-- CreateIndex
CREATE UNIQUE INDEX "Lesson_themeId_position_key" ON "Lesson"("themeId", "position");

-- CreateIndex
CREATE UNIQUE INDEX "Method_key_key" ON "Method"("key");

-- CreateIndex
CREATE INDEX "Method_ownerId_idx" ON "Method"("ownerId");

-- CreateIndex
CREATE UNIQUE INDEX "MethodPhase_methodId_position_key" ON "MethodPhase"("methodId", "position");

-- CreateIndex
CREATE UNIQUE INDEX "IntervisionSession_joinCode_key" ON "IntervisionSession"("joinCode");

-- CreateIndex
CREATE INDEX "IntervisionSession_facilitatorId_createdAt_idx" ON "IntervisionSession"("facilitatorId", "createdAt");

-- CreateIndex
CREATE INDEX "IntervisionSession_groupId_createdAt_idx" ON "IntervisionSession"("groupId", "createdAt");

-- CreateIndex
CREATE INDEX "IntervisionSession_status_idx" ON "IntervisionSession"("status");

-- CreateIndex
CREATE UNIQUE INDEX "SessionPhase_sessionId_position_key" ON "SessionPhase"("sessionId", "position");

-- CreateIndex
CREATE UNIQUE INDEX "Participant_credentialHash_key" ON "Participant"("credentialHash");

-- CreateIndex
CREATE INDEX "Participant_sessionId_idx" ON "Participant"("sessionId");

-- CreateIndex
CREATE UNIQUE INDEX "Participant_sessionId_joinIndex_key" ON "Participant"("sessionId", "joinIndex");

-- CreateIndex
CREATE UNIQUE INDEX "Case_clientId_key" ON "Case"("clientId");

-- CreateIndex
CREATE INDEX "Case_sessionId_idx" ON "Case"("sessionId");

-- CreateIndex
CREATE INDEX "Round_lessonId_idx" ON "Round"("lessonId");

-- CreateIndex
CREATE UNIQUE INDEX "Round_sessionId_position_key" ON "Round"("sessionId", "position");

-- CreateIndex
CREATE UNIQUE INDEX "Reaction_clientId_key" ON "Reaction"("clientId");

-- CreateIndex
CREATE INDEX "Reaction_roundId_createdAt_idx" ON "Reaction"("roundId", "createdAt");

-- CreateIndex
CREATE INDEX "Reaction_sessionId_idx" ON "Reaction"("sessionId");

-- CreateIndex
CREATE INDEX "Reaction_authorId_idx" ON "Reaction"("authorId");

-- CreateIndex
CREATE UNIQUE INDEX "Vote_clientId_key" ON "Vote"("clientId");

-- CreateIndex
CREATE INDEX "Vote_reactionId_idx" ON "Vote"("reactionId");

-- CreateIndex
CREATE INDEX "Vote_caseId_idx" ON "Vote"("caseId");

-- CreateIndex
CREATE INDEX "Vote_voterId_idx" ON "Vote"("voterId");

-- CreateIndex
CREATE UNIQUE INDEX "ActionPoint_clientId_key" ON "ActionPoint"("clientId");

-- CreateIndex
CREATE INDEX "ActionPoint_sessionId_idx" ON "ActionPoint"("sessionId");

-- CreateIndex
CREATE INDEX "ActionPoint_groupId_status_dueDate_idx" ON "ActionPoint"("groupId", "status", "dueDate");

-- CreateIndex
CREATE INDEX "ActionPoint_ownerMemberId_idx" ON "ActionPoint"("ownerMemberId");

-- CreateIndex
CREATE UNIQUE INDEX "SessionNote_sessionId_key" ON "SessionNote"("sessionId");

-- AddForeignKey
ALTER TABLE "Group" ADD CONSTRAINT "Group_ownerId_fkey" FOREIGN KEY ("ownerId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "GroupFacilitator" ADD CONSTRAINT "GroupFacilitator_groupId_fkey" FOREIGN KEY ("groupId") REFERENCES "Group"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "GroupFacilitator" ADD CONSTRAINT "GroupFacilitator_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "GroupMember" ADD CONSTRAINT "GroupMember_groupId_fkey" FOREIGN KEY ("groupId") REFERENCES "Group"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Deck" ADD CONSTRAINT "Deck_ownerId_fkey" FOREIGN KEY ("ownerId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Theme" ADD CONSTRAINT "Theme_deckId_fkey" FOREIGN KEY ("deckId") REFERENCES "Deck"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Lesson" ADD CONSTRAINT "Lesson_themeId_fkey" FOREIGN KEY ("themeId") REFERENCES "Theme"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Method" ADD CONSTRAINT "Method_ownerId_fkey" FOREIGN KEY ("ownerId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "MethodPhase" ADD CONSTRAINT "MethodPhase_methodId_fkey" FOREIGN KEY ("methodId") REFERENCES "Method"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "IntervisionSession" ADD CONSTRAINT "IntervisionSession_facilitatorId_fkey" FOREIGN KEY ("facilitatorId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "IntervisionSession" ADD CONSTRAINT "IntervisionSession_groupId_fkey" FOREIGN KEY ("groupId") REFERENCES "Group"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "IntervisionSession" ADD CONSTRAINT "IntervisionSession_methodId_fkey" FOREIGN KEY ("methodId") REFERENCES "Method"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "IntervisionSession" ADD CONSTRAINT "IntervisionSession_deckId_fkey" FOREIGN KEY ("deckId") REFERENCES "Deck"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "SessionPhase" ADD CONSTRAINT "SessionPhase_sessionId_fkey" FOREIGN KEY ("sessionId") REFERENCES "IntervisionSession"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Participant" ADD CONSTRAINT "Participant_sessionId_fkey" FOREIGN KEY ("sessionId") REFERENCES "IntervisionSession"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Participant" ADD CONSTRAINT "Participant_groupMemberId_fkey" FOREIGN KEY ("groupMemberId") REFERENCES "GroupMember"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Case" ADD CONSTRAINT "Case_sessionId_fkey" FOREIGN KEY ("sessionId") REFERENCES "IntervisionSession"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Case" ADD CONSTRAINT "Case_ownerId_fkey" FOREIGN KEY ("ownerId") REFERENCES "Participant"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Round" ADD CONSTRAINT "Round_sessionId_fkey" FOREIGN KEY ("sessionId") REFERENCES "IntervisionSession"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Round" ADD CONSTRAINT "Round_phaseId_fkey" FOREIGN KEY ("phaseId") REFERENCES "SessionPhase"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Round" ADD CONSTRAINT "Round_lessonId_fkey" FOREIGN KEY ("lessonId") REFERENCES "Lesson"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Reaction" ADD CONSTRAINT "Reaction_sessionId_fkey" FOREIGN KEY ("sessionId") REFERENCES "IntervisionSession"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Reaction" ADD CONSTRAINT "Reaction_roundId_fkey" FOREIGN KEY ("roundId") REFERENCES "Round"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Reaction" ADD CONSTRAINT "Reaction_authorId_fkey" FOREIGN KEY ("authorId") REFERENCES "Participant"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Vote" ADD CONSTRAINT "Vote_voterId_fkey" FOREIGN KEY ("voterId") REFERENCES "Participant"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Vote" ADD CONSTRAINT "Vote_reactionId_fkey" FOREIGN KEY ("reactionId") REFERENCES "Reaction"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Vote" ADD CONSTRAINT "Vote_caseId_fkey" FOREIGN KEY ("caseId") REFERENCES "Case"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ActionPoint" ADD CONSTRAINT "ActionPoint_sessionId_fkey" FOREIGN KEY ("sessionId") REFERENCES "IntervisionSession"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ActionPoint" ADD CONSTRAINT "ActionPoint_groupId_fkey" FOREIGN KEY ("groupId") REFERENCES "Group"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ActionPoint" ADD CONSTRAINT "ActionPoint_ownerParticipantId_fkey" FOREIGN KEY ("ownerParticipantId") REFERENCES "Participant"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ActionPoint" ADD CONSTRAINT "ActionPoint_ownerMemberId_fkey" FOREIGN KEY ("ownerMemberId") REFERENCES "GroupMember"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ActionPoint" ADD CONSTRAINT "ActionPoint_sourceReactionId_fkey" FOREIGN KEY ("sourceReactionId") REFERENCES "Reaction"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ActionPoint" ADD CONSTRAINT "ActionPoint_sourceCaseId_fkey" FOREIGN KEY ("sourceCaseId") REFERENCES "Case"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "SessionNote" ADD CONSTRAINT "SessionNote_sessionId_fkey" FOREIGN KEY ("sessionId") REFERENCES "IntervisionSession"("id") ON DELETE CASCADE ON UPDATE CASCADE;
