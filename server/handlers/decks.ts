import type { Db } from "@/server/db/client";
import type { Handler } from "@/server/realtime/router";
import { listDecks } from "@/server/services/decks";

export const deckHandlers = (db: Db): { "deck:list": Handler<"deck:list"> } => ({
  "deck:list": async (_payload, { facilitator }) => listDecks(db, facilitator?.id ?? null),
});
