import type { Metadata } from "next";
import { cookies } from "next/headers";
import Link from "next/link";
import { getTranslator } from "@/app/_lib/locale";
import { proposalsOpen } from "@/lib/domain/case-proposals";
import { formatJoinCode } from "@/lib/domain/join-code";
import { PROPOSAL_LIMITS } from "@/lib/limits";
import { PROPOSER_COOKIE, proposerKeyHash, readProposerKey } from "@/server/auth/proposer-key";
import { getDb } from "@/server/db/client";
import { proposalSessionByCode, proposalsOfKey } from "@/server/services/case-proposals";
import { openByCode } from "../../open-by-code";
import styles from "./case-proposal.module.css";
import { ProposalBoard } from "./proposal-board";

export const dynamic = "force-dynamic";

type Props = { params: Promise<{ code: string }> };

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await getTranslator();
  return { title: t("proposals.title") };
}

/**
 * Bringing in a case before the session: reached from the join page and from the link the
 * facilitator shares (and the group's invitation). Opening it is a try at the code like the join
 * page's. The cases this browser brought in (its proposer key) are listed, editable until the
 * session starts; after that the page is read-only and says why.
 */
export default async function BringInCasePage({ params }: Props) {
  const { t } = await getTranslator();
  const opened = await openByCode((await params).code, (code) => proposalSessionByCode(getDb(), code));
  if (!opened.ok) return opened.page;
  const { code, session } = opened;
  const key = readProposerKey((await cookies()).get(PROPOSER_COOKIE)?.value);
  const mine = await proposalsOfKey(getDb(), session.id, key ? proposerKeyHash(key) : null);
  const open = proposalsOpen(session.status);
  return (
    <div className={`container page ${styles.page}`}>
      <p className="eyebrow">
        {t("proposals.title")} · {formatJoinCode(code)}
      </p>
      <h1>{session.title}</h1>
      <p className="lead">
        {session.group ? t("proposals.pageLeadGroup", { group: session.group.name }) : t("proposals.pageLead")}
      </p>
      <p className="muted">{t("join.ledBy", { name: session.facilitator.name })}</p>
      {!open && (
        <div className="alert alert-warning" role="status" data-testid="proposals-closed">
          <p>
            <strong>{session.status === "ended" ? t("proposals.ended") : t("proposals.startedTitle")}</strong>
            {session.status === "running" && <> {t("proposals.started")}</>}
          </p>
        </div>
      )}
      <ProposalBoard
        code={code}
        open={open}
        inGroup={session.group !== null}
        mine={mine.map((each) => ({ ...each, updatedAt: each.updatedAt.getTime() }))}
        defaultName={mine.at(-1)?.proposerName ?? ""}
        max={PROPOSAL_LIMITS.perPerson}
      />
      <p className={`muted small ${styles.privacy}`}>{t("proposals.privacy")}</p>
      {session.status === "lobby" && (
        <p>
          <Link href={`/join/${code}`}>{t("proposals.joinLink")}</Link>
        </p>
      )}
    </div>
  );
}
