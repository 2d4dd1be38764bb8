import { execFile } from "node:child_process";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { promisify } from "node:util";
import { describe, expect, it } from "vitest";

const run = promisify(execFile);

/** Runs `npm run suggest:eval -- <file>` as a person would, from another folder. */
async function evaluate(cases: unknown, ...flags: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  const folder = mkdtempSync(join(tmpdir(), "kring-eval-"));
  writeFileSync(join(folder, "cases.json"), JSON.stringify(cases));
  try {
    const { stdout, stderr } = await run(
      "npm",
      ["run", "-s", "--prefix", process.cwd(), "suggest:eval", "--", "cases.json", ...flags],
      {
        cwd: folder,
        env: { ...process.env, INIT_CWD: folder },
      },
    );
    return { code: 0, stdout, stderr };
  } catch (error) {
    const failed = error as { code: number; stdout: string; stderr: string };
    return { code: failed.code, stdout: failed.stdout, stderr: failed.stderr };
  }
}

// Each run starts a process and a database: one generous budget, not the default for a unit test.
describe("npm run suggest:eval", { timeout: 120_000 }, () => {
  it("ranks any case file and ends with the top-3 and top-1 figures", async () => {
    const result = await evaluate({
      cases: [
        { case: "Onze huismeesters horen elke dag wat er misgaat in de flats.", lessons: ["Haal signalen op"] },
        { case: "Xylofoon kwispelt zonnig.", lessons: ["Een vast contactpersoon"] },
      ],
    });
    expect(result.code).toBe(0);
    expect(result.stdout.trim().split("\n").slice(-2)).toEqual(["top-3: 50 %", "top-1: 50 %"]);
  });

  it("with --explain, shows for a missed case what it raised and why each lesson came up", async () => {
    const result = await evaluate(
      { cases: [{ case: "Xylofoon kwispelt over de huismeester.", lessons: ["Een vast contactpersoon"] }] },
      "--explain",
    );
    expect(result.code).toBe(0);
    expect(result.stdout).toContain("wanted: Een vast contactpersoon");
    expect(result.stdout).toMatch(/raised: .*signalen van huismeesters/);
    expect(result.stdout).toMatch(/^ {5}10 .*<signalen van huismeesters en de werkvloer>/m);
    expect(result.stdout.trim().split("\n").at(-1)).toBe("top-1: 0 %");
  });

  it("names a label that starts no lesson, and stops", async () => {
    const result = await evaluate({ cases: [{ case: "Iets.", lessons: ["Zoek collega's", "Bestaat niet"] }] });
    expect(result.code).toBe(1);
    expect(result.stderr).toContain('case 1: no lesson of the shipped deck starts with "Bestaat niet"');
  });
});
