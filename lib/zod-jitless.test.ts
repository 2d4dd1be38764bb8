import { describe, expect, it } from "vitest";
import { makeZodJitless } from "./zod-jitless";

describe("zod without compiled parsers in the browser", () => {
  it("is set on the global that zod reads its settings from", async () => {
    makeZodJitless();
    const { globalConfig } = await import("zod/v4/core");
    expect(globalConfig.jitless).toBe(true);
  });
});
