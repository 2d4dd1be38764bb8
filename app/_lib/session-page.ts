import { notFound } from "next/navigation";
import QRCode from "qrcode";
import { z } from "zod";
import { numberLessons } from "@/lib/domain/lesson-numbers";
import { type Locale, pick, shownLocale } from "@/lib/i18n/locales";
import { idSchema } from "@/lib/schemas/live";
import { getDb } from "@/server/db/client";
import { getDeckById } from "@/server/services/decks";
import { leadPageSession } from "@/server/services/sessions";
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
  const session = await leadPageSession(getDb(), user.id, parsed.data.id);
  if (!session) notFound();
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
