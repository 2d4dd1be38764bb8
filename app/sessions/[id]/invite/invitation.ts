import { requestOrigin } from "@/app/_lib/origin";
import { translator } from "@/lib/i18n/translate";
import type { SessionInvitation } from "@/lib/report/ics";
import { parseLocale } from "@/lib/schemas/locale";
import type { sessionInvitation } from "@/server/services/sessions";

type Invited = NonNullable<Awaited<ReturnType<typeof sessionInvitation>>>;

/** The links the group gets: to join the session, and to bring in a case beforehand. */
export async function invitationLinks(session: Invited) {
  const { origin } = await requestOrigin();
  return { join: `${origin}/join/${session.joinCode}`, bringIn: `${origin}/join/${session.joinCode}/case` };
}

/**
 * The calendar invitation of a planned session, in the session's language (it goes to the group,
 * whatever language the facilitator reads Kring in); null while it has no date.
 */
export async function calendarInvitation(session: Invited): Promise<SessionInvitation | null> {
  if (!session.plannedFor) return null;
  const links = await invitationLinks(session);
  const t = translator(parseLocale(session.locale));
  const group = session.group ? t("invitation.ics.group", { group: session.group.name }) : "";
  return {
    uid: `session-${session.id}`,
    plannedFor: session.plannedFor,
    minutes: session.minutes,
    summary: t("invitation.ics.summary", { title: session.title }),
    description: t("invitation.ics.description", { title: session.title, group, ...links }),
    url: links.bringIn,
  };
}
