import type { ActionPointRecord } from "@/lib/domain/intervision";

/**
 * Action points as CSV that opens correctly in Excel with Dutch settings: UTF-8 with a byte-order
 * mark (so é and ë survive), semicolons between fields (Dutch Excel reads commas as decimals),
 * CRLF line ends, every field quoted, quotes doubled. A field that starts like a formula is
 * prefixed with an apostrophe so a spreadsheet never runs it.
 */
export function actionPointsCsv(
  points: readonly ActionPointRecord[],
  headings: { text: string; owner: string; due: string; status: string; session: string },
  statusLabel: (status: ActionPointRecord["status"]) => string,
): string {
  const rows = [
    [headings.text, headings.owner, headings.due, headings.status, headings.session],
    ...points.map((point) => [
      point.text,
      point.ownerName,
      point.dueDate ?? "",
      statusLabel(point.status),
      point.sessionTitle,
    ]),
  ];
  return `\uFEFF${rows.map((row) => row.map(csvField).join(";")).join("\r\n")}\r\n`;
}

function csvField(value: string): string {
  const safe = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return `"${safe.replaceAll('"', '""')}"`;
}
