import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { signUpSchema } from "@/lib/schemas/auth";
import { createDb, type Db } from "@/server/db/client";
import { migrateDatabase } from "@/server/db/database";
import { createScratchDatabase, type ScratchDatabase } from "@/server/db/testing";
import { registerFacilitator, verifyFacilitator } from "./facilitators";

describe("facilitator accounts", () => {
  let database: ScratchDatabase;
  let db: Db;

  beforeAll(async () => {
    database = await createScratchDatabase();
    await migrateDatabase(database.url);
    db = createDb(database.url, 2);
  });
  afterAll(async () => {
    await db?.$disconnect();
    await database?.drop();
  });

  const input = signUpSchema.parse({ name: "Fatima", email: "  Fatima@Corporatie.NL ", password: "huurders-2026" });

  it("registers with an argon2id hash, never the password itself, and a normalised email", async () => {
    const result = await registerFacilitator(db, input);
    expect(result).toMatchObject({ ok: true, user: { email: "fatima@corporatie.nl", name: "Fatima" } });
    const stored = await db.user.findUniqueOrThrow({ where: { email: "fatima@corporatie.nl" } });
    expect(stored.passwordHash).toMatch(/^\$argon2id\$/);
    expect(stored.passwordHash).not.toContain("huurders-2026");
  });

  it("refuses a second account with the same email, even at the same moment, and keeps the first", async () => {
    const results = await Promise.all([
      registerFacilitator(db, input),
      registerFacilitator(db, { ...input, name: "Other" }),
    ]);
    expect(results).toEqual([
      { ok: false, code: "email_taken" },
      { ok: false, code: "email_taken" },
    ]);
    const users = await db.user.findMany({ where: { email: "fatima@corporatie.nl" } });
    expect(users.map((user) => user.name)).toEqual(["Fatima"]);
  });

  it("tells a wrong password from an unknown email, and accepts the right one", async () => {
    expect(await verifyFacilitator(db, { email: "fatima@corporatie.nl", password: "huurders-2027" })).toEqual({
      ok: false,
      code: "wrong_password",
    });
    expect(await verifyFacilitator(db, { email: "nobody@corporatie.nl", password: "huurders-2026" })).toEqual({
      ok: false,
      code: "unknown_email",
    });
    expect(await verifyFacilitator(db, { email: "fatima@corporatie.nl", password: "huurders-2026" })).toMatchObject({
      ok: true,
      user: { name: "Fatima" },
    });
  });
});
