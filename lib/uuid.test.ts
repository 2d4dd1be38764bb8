import { afterEach, describe, expect, it, vi } from "vitest";
import { clientIdSchema } from "@/lib/schemas/live";
import { randomUuid } from "./uuid";

describe("client ids", () => {
  afterEach(() => vi.unstubAllGlobals());

  it("are UUIDs the server accepts, also where crypto.randomUUID is missing (plain http)", () => {
    expect(clientIdSchema.safeParse(randomUuid()).success).toBe(true);
    const real = globalThis.crypto;
    vi.stubGlobal("crypto", { getRandomValues: (array: Uint8Array) => real.getRandomValues(array) });
    const ids = Array.from({ length: 50 }, () => randomUuid());
    for (const id of ids) expect(clientIdSchema.safeParse(id).success).toBe(true);
    expect(new Set(ids).size).toBe(50);
  });
});
