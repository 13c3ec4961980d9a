/** Reading what the app shows and what it downloads, for comparing the two. */
import { readFile } from "node:fs/promises";
import { expect, type Page } from "@playwright/test";

export type ExportLabel = "Markdown" | "CSV (plan)" | "JSON" | "Jira CSV" | "Azure Boards CSV" | "GitHub CLI script";

export interface Downloaded {
  fileName: string;
  text: string;
}

/** Presses "Download …" in the export bar and returns the file's name and text. */
export async function downloadExport(page: Page, label: ExportLabel): Promise<Downloaded> {
  const [download] = await Promise.all([
    page.waitForEvent("download"),
    page.getByRole("button", { name: `Download ${label}`, exact: true }).click(),
  ]);
  const path = await download.path();
  expect(await download.failure()).toBeNull();
  return { fileName: download.suggestedFilename(), text: await readFile(path, "utf8") };
}

/** The plan's actions as the page shows them, in page order: id and title. */
export async function planOnPage(page: Page): Promise<{ id: string; title: string }[]> {
  await expect(page.locator("li.plan-action").first()).toBeVisible();
  return page.locator("li.plan-action").evaluateAll((items) =>
    items.map((item) => {
      const heading = item.querySelector(".plan-action__title")?.cloneNode(true) as HTMLElement | undefined;
      heading?.querySelectorAll(".plan-action__order, .tag").forEach((part) => part.remove());
      return { id: item.id.replace(/^action-/, ""), title: (heading?.textContent ?? "").trim() };
    }),
  );
}

/** The risk register as the page shows it, in page order: id and title. */
export async function risksOnPage(page: Page): Promise<{ id: string; title: string }[]> {
  return page.locator("article.risk").evaluateAll((items) =>
    items.map((item) => {
      const heading = item.querySelector(".risk__title")?.cloneNode(true) as HTMLElement | undefined;
      heading?.querySelectorAll(".tag").forEach((part) => part.remove());
      return { id: item.id.replace(/^risk-/, ""), title: (heading?.textContent ?? "").trim() };
    }),
  );
}

/** The summary's risks per band, e.g. { Critical: 4, High: 15, … }. */
export async function bandCountsOnPage(page: Page): Promise<Record<string, number>> {
  const items = await page.getByRole("list", { name: "Risks by band" }).getByRole("listitem").allTextContents();
  return Object.fromEntries(
    items.map((text) => {
      const [count = "", ...label] = text.trim().split(/\s+/);
      return [label.join(" "), Number(count)];
    }),
  );
}

/** RFC 4180: fields separated by commas, optionally quoted (quotes doubled), rows ended by CRLF. */
export function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = "";
  let quoted = false;
  for (let i = 0; i < text.length; i += 1) {
    const ch = text[i];
    if (quoted) {
      if (ch === '"' && text[i + 1] === '"') {
        field += '"';
        i += 1;
      } else if (ch === '"') quoted = false;
      else field += ch;
    } else if (ch === '"') {
      if (field !== "") throw new Error(`A quote inside an unquoted field at ${i}`);
      quoted = true;
    } else if (ch === ",") {
      row.push(field);
      field = "";
    } else if (ch === "\r" && text[i + 1] === "\n") {
      row.push(field);
      rows.push(row);
      row = [];
      field = "";
      i += 1;
    } else if (ch === "\n" || ch === "\r") throw new Error(`A bare line break outside quotes at ${i}`);
    else field += ch;
  }
  if (quoted) throw new Error("The file ends inside a quoted field");
  if (field !== "" || row.length > 0) throw new Error("The last row has no CRLF");
  return rows;
}

/** The number of cells in a Markdown table row: pipes not escaped by a backslash, less one. */
export function markdownCellCount(line: string): number {
  let pipes = 0;
  for (let i = 0; i < line.length; i += 1) {
    if (line[i] === "\\") i += 1;
    else if (line[i] === "|") pipes += 1;
  }
  return pipes - 1;
}

/** Every table in a Markdown document, as blocks of consecutive lines starting with "|". */
export function markdownTables(markdown: string): string[][] {
  const tables: string[][] = [];
  let current: string[] = [];
  for (const line of markdown.split("\n")) {
    if (line.startsWith("|")) current.push(line);
    else if (current.length > 0) {
      tables.push(current);
      current = [];
    }
  }
  if (current.length > 0) tables.push(current);
  return tables;
}
