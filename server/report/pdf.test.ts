import { beforeAll, describe, expect, it } from "vitest";
import { translator } from "@/lib/i18n/translate";
import type { SessionReport } from "@/lib/report/report";
import { reportPdf } from "./pdf";
import { printable, REPLACEMENT } from "./pdf-fonts";
import { LONG_REACTION, LONG_WORD, longReport } from "./testing/long-report";
import { oneLine, type PdfContent, readPdf } from "./testing/pdf-text";

const NOW = new Date("2026-03-12T12:00:00Z");

async function render(report: SessionReport, locale: "nl" | "en") {
  const bytes = await reportPdf(report, locale, translator(locale), NOW);
  return { bytes, content: await readPdf(bytes) };
}

describe("the session report as a PDF", () => {
  let bytes: Buffer;
  let pdf: PdfContent;
  beforeAll(async () => {
    ({ bytes, content: pdf } = await render(longReport(), "nl"));
  });

  it("is a valid A4 PDF that flows over more than one page, each with its page number", () => {
    expect(bytes.subarray(0, 5).toString("latin1")).toBe("%PDF-");
    expect(bytes.subarray(-6).toString("latin1")).toContain("%%EOF");
    expect(pdf.pages.length).toBeGreaterThan(1);
    for (const size of pdf.sizes) {
      expect(size.width).toBeCloseTo(595.28, 1);
      expect(size.height).toBeCloseTo(841.89, 1);
    }
    pdf.pages.forEach((page, index) => {
      expect(oneLine(page)).toContain(`Pagina ${index + 1} van ${pdf.pages.length}`);
      expect(oneLine(page)).toContain("Verslag · Intervisie Zuid – maart");
    });
  });

  it("embeds its own font (DejaVu Sans), not one of the standard 14", () => {
    const raw = bytes.toString("latin1");
    expect(raw).toContain("/FontFile2");
    expect(raw).toMatch(/\/BaseFont \/[A-Z]{6}\+DejaVuSans\b/);
    expect(raw).not.toContain("/Helvetica");
  });

  it("has the facts, the phases with planned and spent minutes, and the chosen case", () => {
    for (const fact of [
      "Intervisie Zuid – maart",
      "Werkvorm Incidentmethode",
      "Groep Team Wonen & Zorg",
      "Gespreksleider Marieke van ’t Hof",
      "Datum 12 maart 2026",
      "Fase Gepland Besteed",
      "Check-in 10 min 12 min",
      "Vragen stellen 20 min 25 min",
      "Totaal 80 min 78 min",
      "Commissie haakt af",
      "Hoe krijg ik de bewonerscommissie weer aan tafel, nu het vertrouwen na de renovatie weg is?",
      "Inbrenger: Anna de Vries · 3 stemmen",
    ]) {
      expect(pdf.text).toContain(fact);
    }
  });

  it("has every prompt with its reactions: kind, text, author or 'Anoniem', votes and the owner's marks", () => {
    expect(pdf.text).toContain(
      "Les 7 · Samenwerken Luister eerst, oordeel later: wat heb je écht gehoord voordat je een antwoord gaf?",
    );
    expect(pdf.text).toContain("Vraag Wanneer ging het voor het eerst mis? — Bram Koperslager · Warm");
    expect(pdf.text).toContain("Vraag Wie in de commissie vertrouw je nog? — Anoniem · 1 stem");
    // The long reaction may go on over a page break: read it without the footer in between.
    const flowing = pdf.text.replace(/Verslag · Intervisie Zuid – maart Pagina \d+ van \d+ /g, "");
    expect(flowing).toContain(`Ervaring ${LONG_REACTION} — Anoniem · 2 stemmen`);
    expect(pdf.text).toContain(
      "Advies Nodig ze uit op hun eigen plek, niet op kantoor. Neem koffie mee (± € 15) en “gewoon” de tijd. — Bram Koperslager · 4 stemmen · Bruikbaar",
    );
    expect(pdf.text).toContain("Advies Bel de voorzitter vóór de vergadering. — Anoniem · Bruikbaar");
    expect(pdf.text).toContain("Check-out Niets vastgelegd.");
    // Three anonymous reactions, three times "Anoniem" as their author, and no other name.
    expect(pdf.text.match(/— Anoniem/g)).toHaveLength(3);
  });

  it("keeps letters from beyond Latin-1 and wraps a word longer than a line without losing any of it", () => {
    expect(pdf.text).toContain("Zoë Łukasiewicz-Őry");
    expect(pdf.text).toContain("Čestmír Dvořák");
    expect(pdf.text.replace(/\s/g, "")).toContain(`Zieook${LONG_WORD}`);
  });

  it("writes nothing outside the margins, however long a text is", () => {
    pdf.items.forEach((items, page) => {
      const { width, height } = pdf.sizes[page] ?? { width: 0, height: 0 };
      for (const item of items.filter((each) => each.str.trim())) {
        expect(item.x, item.str).toBeGreaterThanOrEqual(59);
        expect(item.x + item.width, item.str).toBeLessThanOrEqual(width - 59);
        expect(item.y, item.str).toBeGreaterThan(30);
        expect(item.y, item.str).toBeLessThan(height - 58);
      }
    });
  });

  it("has the action points with owner, due date and status, and the notes", () => {
    expect(pdf.text).toContain(
      "Afspraak maken bij de commissie thuis, in december Anna de Vries · uiterlijk 15 december 2026 · Open",
    );
    expect(pdf.text).toContain(
      "Notulen van de renovatie opvragen Bram Koperslager · uiterlijk 15 december 2026 · Gedaan",
    );
    expect(pdf.text).toContain("Nieuwe datum prikken met de hele commissie Anna de Vries · Vervallen");
    expect(pdf.text).toContain("Notities Anna brengt de casus in. Kernvraag: vertrouwen herstellen.");
    expect(pdf.text).toContain("wie verhindert is, meldt zich vóór 1 april.");
  });

  it("leads with a summary: the case, the lessons dealt, the notes' start and the action points, no reaction", () => {
    const start = pdf.text.indexOf("Samenvatting");
    const end = pdf.text.indexOf("Fasen en tijd");
    expect(start).toBeGreaterThan(0);
    expect(start).toBeLessThan(end);
    const summary = pdf.text.slice(start, end);
    expect(summary).toContain("CASUS Commissie haakt af Hoe krijg ik de bewonerscommissie weer aan tafel");
    expect(summary).toContain("Inbrenger: Anna de Vries");
    expect(summary).toContain("GETROKKEN LESSEN Les 7 Luister eerst, oordeel later");
    expect(summary).toContain("AFSPRAKEN EN NOTITIES Anna brengt de casus in.");
    expect(summary).toContain(
      "Afspraak maken bij de commissie thuis, in december — Anna de Vries · Uiterlijk 15 december 2026 · Open",
    );
    expect(summary).toContain("Nieuwe datum prikken met de hele commissie — Anna de Vries · Geen datum · Vervallen");
    // Nobody who wrote a reaction, and no reaction.
    for (const word of ["Anoniem", "Zoë", "Čestmír", "Wanneer ging het", "Wie in de commissie"]) {
      expect(summary).not.toContain(word);
    }
  });

  it("shows a character the font lacks as one visible replacement character", () => {
    expect(pdf.text).toContain(`één stap tegelijk ${REPLACEMENT}`);
    expect(pdf.text).not.toContain("\u0000");
    expect(printable("👍🏽 ❤️ 中文\tja\r\nnee\u0007")).toBe(`${REPLACEMENT} ❤️ ${REPLACEMENT}${REPLACEMENT} ja\nnee`);
  });

  it("is written in English for an English reader", async () => {
    const { content } = await render(longReport(), "en");
    expect(content.text).toContain("Report · Intervisie Zuid – maart");
    expect(content.text).toContain("Method Incident method");
    expect(content.text).toContain("Date 12 March 2026");
    expect(content.text).toContain("Lesson 7 · Working together Listen first, judge later");
    expect(content.text).toContain("Question Wie in de commissie vertrouw je nog? — Anonymous · 1 vote");
    expect(content.text).toContain("Anna de Vries · by 15 December 2026 · Open");
    expect(content.text).toContain(`Page 1 of ${content.pages.length}`);
  });

  it("says so when nothing was recorded, on one page", async () => {
    const empty: SessionReport = {
      ...longReport(),
      method: null,
      group: null,
      startedAt: null,
      cases: [],
      rounds: [],
      actionPoints: [],
      notes: "",
    };
    const { content } = await render(empty, "nl");
    expect(content.pages).toHaveLength(1);
    expect(content.text).toContain(
      "Gespreksstarters en reacties Anonieme reacties staan hier zonder naam, ook in de downloads. Niets vastgelegd. Actiepunten Niets vastgelegd. Notities Niets vastgelegd.",
    );
    expect(content.text).not.toContain("Werkvorm");
    expect(content.text).not.toContain("Inbrenger");
  });
});
