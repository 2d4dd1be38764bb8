-- AlterTable
ALTER TABLE "Round" ADD COLUMN     "lessonNumber" INTEGER;

-- Rounds dealt before this migration get the number their lesson has now (decks could not be
-- reordered until now, so it is the number they were dealt with).
UPDATE "Round" AS r
SET "lessonNumber" = l."position" + 1 + (
  SELECT count(*) FROM "Lesson" AS earlier
  JOIN "Theme" AS earlier_theme ON earlier_theme."id" = earlier."themeId"
  WHERE earlier_theme."deckId" = t."deckId" AND earlier_theme."position" < t."position"
)
FROM "Lesson" AS l
JOIN "Theme" AS t ON t."id" = l."themeId"
WHERE r."lessonId" = l."id";
