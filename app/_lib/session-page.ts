import { notFound } from "next/navigation";
import QRCode from "qrcode";
import { z } from "zod";
import { numberLessons } from "@/lib/domain/lesson-numbers";
import { type Locale, pick, shownLocale } from "@/lib/i18n/locales";
import { idSchema } from "@/lib/schemas/live";
import { getDb } from "@/server/db/client";
import { getDeckById } from "@/server/services/decks";
import { leadSessionWhere } from "@/server/services/session-access";
import { requestOrigin } from "./origin";
import { requireFacilitator } from "./require-facilitator";

/**
 * What the cockpit and the projector need before the live channel connects: the session (which the
 * signed-in facilitator must lead), its join link and QR code, and the lessons to choose from.
 */
export async function loadLeadPage(params: Promise<{ id: string }>, locale: Locale, returnTo: (id: string) => string) {
  const parsed = z.object({ id: idSchema }).safeParse(await params);
  if (!parsed.success) notFound();
  const user = await requireFacilitator(returnTo(parsed.data.id));
  const found = await getDb().intervisionSession.findFirst({
    where: { id: parsed.data.id, ...leadSessionWhere(user.id) },
    select: {
      id: true,
      title: true,
      joinCode: true,
      joinLockedAt: true,
      deckId: true,
      group: { select: { id: true, name: true } },
    },
  });
  if (!found) notFound();
  const { joinLockedAt, ...rest } = found;
  const session = { ...rest, joinLocked: joinLockedAt !== null };
  const { origin, host } = await requestOrigin();
  const joinUrl = `${origin}/join/${session.joinCode}`;
  const qrSvg = await QRCode.toString(joinUrl, {
    type: "svg",
    margin: 1,
    errorCorrectionLevel: "M",
    color: { dark: "#1d2730", light: "#ffffff" },
  });
  const deck = session.deckId ? await getDeckById(getDb(), session.deckId) : null;
  const lessons = numberLessons(deck?.themes ?? []).flatMap((theme) =>
    theme.lessons.map((lesson) => ({
      id: lesson.id,
      number: lesson.number,
      theme: pick(locale, { nl: theme.titleNl, en: theme.titleEn }),
      text: pick(locale, { nl: lesson.textNl, en: lesson.textEn }),
      lang: shownLocale(locale, { nl: lesson.textNl, en: lesson.textEn }),
    })),
  );
  return { session, joinUrl, host, qrSvg, lessons };
}
