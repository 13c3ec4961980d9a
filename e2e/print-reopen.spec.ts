import { execFileSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { writeFile } from "node:fs/promises";
import { expect, test } from "@playwright/test";
import jsQR from "jsqr";
import { PNG } from "pngjs";
import { legacyMonolith } from "@/content/scenarios/teams";
import { risksOnPage } from "./support/exports";
import { pageSettled } from "./support/page-settled";
import { seedAssessments } from "./support/seed";

/** Decodes the QR code on page 1 of a PDF, rendered as a picture the way a phone camera sees the paper. */
function qrOnFirstPage(pdf: string, stem: string): string | undefined {
  execFileSync("pdftoppm", ["-png", "-r", "150", "-f", "1", "-l", "1", "-singlefile", pdf, stem]);
  const png = PNG.sync.read(readFileSync(`${stem}.png`));
  return jsQR(new Uint8ClampedArray(png.data.buffer, png.data.byteOffset, png.data.byteLength), png.width, png.height)?.data;
}

test("the printed plan's cover carries a QR code of the result link, and the link reopens the same risks", async ({
  page,
  context,
}, testInfo) => {
  await seedAssessments(page, [{ name: "Claims platform", answers: legacyMonolith }]);
  await page.goto("/results");
  await pageSettled(page);
  const risks = await risksOnPage(page);

  await page.goto("/print");
  await pageSettled(page);
  const cover = page.locator(".print-cover__reopen");
  await expect(cover.getByRole("img", { name: "QR code of the result link" })).toBeVisible();
  const shown = (await cover.locator(".print-cover__url").innerText()).trim();
  expect(shown).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/shared#/);
  await expect(page.locator(".print-cover")).toContainText(/Questionnaire version/);

  const pdf = testInfo.outputPath("plan.pdf");
  await writeFile(pdf, await page.pdf({ format: "A4", printBackground: true }));
  const decoded = qrOnFirstPage(pdf, testInfo.outputPath("cover"));
  expect(decoded).toBe(shown);
  // The link under the code is on paper too, for those without a camera (pdftotext drops a hyphen where a line wraps).
  const text = execFileSync("pdftotext", ["-f", "1", "-l", "1", pdf, "-"], { encoding: "utf8" }).replace(/\s+/g, "");
  expect(text).toContain("Reopenthisplan:scanthecode,oropen");
  expect(text.replaceAll("-", "")).toContain(shown.replaceAll("-", ""));

  const other = await context.newPage();
  await other.goto(decoded ?? "");
  await pageSettled(other);
  expect(await risksOnPage(other)).toEqual(risks);
});
