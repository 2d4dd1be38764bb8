import type { Handler } from "@/server/realtime/router";

/** Answers with the server's clock so a client can measure its offset (see lib/domain/clock). */
export const clockSync: Handler<"clock:sync"> = async ({ clientSentAt }) => ({ clientSentAt, serverTime: Date.now() });
