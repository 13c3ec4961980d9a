/**
 * What a page must not do as it starts, each of which once cost a phone 50-75 ms of main
 * thread at 4x CPU (see the README's Performance section): build locale machinery (the
 * first Intl.DateTimeFormat or collator loads the locale's data), or fetch other pages
 * ahead (covered in link-prefetch.spec.ts). Dates and orders on screen are written
 * without Intl; Intl stays on the paths a click takes (exports), where it costs nothing
 * at start.
 */
import { expect, test, type Page } from "@playwright/test";
import { legacyMonolith } from "@/content/scenarios/teams";
import { pageSettled } from "./support/page-settled";
import { resultLink } from "./support/result-link";
import { makeAssessment, seedRecords } from "./support/seed";

interface LocaleWork {
  dateFormats: number;
  collators: number;
  localeCompares: number;
}

/** Counts, from before any page script runs, every locale object the page builds. */
async function countLocaleWork(page: Page): Promise<void> {
  await page.addInitScript(() => {
    const counts = { dateFormats: 0, collators: 0, localeCompares: 0 };
    (window as Window & { localeWork?: typeof counts }).localeWork = counts;
    const DateTimeFormat = Intl.DateTimeFormat;
    const Collator = Intl.Collator;
    const localeCompare = String.prototype.localeCompare;
    Intl.DateTimeFormat = new Proxy(DateTimeFormat, {
      construct: (target, args: ConstructorParameters<typeof DateTimeFormat>) => ((counts.dateFormats += 1), new target(...args)),
      apply: (target, _this, args: ConstructorParameters<typeof DateTimeFormat>) => ((counts.dateFormats += 1), target(...args)),
    });
    Intl.Collator = new Proxy(Collator, {
      construct: (target, args: ConstructorParameters<typeof Collator>) => ((counts.collators += 1), new target(...args)),
      apply: (target, _this, args: ConstructorParameters<typeof Collator>) => ((counts.collators += 1), target(...args)),
    });
    String.prototype.localeCompare = function (this: string, ...args: Parameters<typeof localeCompare>) {
      counts.localeCompares += 1;
      return localeCompare.apply(this, args);
    };
  });
}

const localeWork = (page: Page): Promise<LocaleWork | undefined> =>
  page.evaluate(() => (window as Window & { localeWork?: LocaleWork }).localeWork);

const heaviest = makeAssessment({ id: "legacy", name: "Order management", answers: legacyMonolith });
const others = Array.from({ length: 9 }, (_, index) =>
  makeAssessment({ id: `app-${index}`, name: `Application ${index + 1}`, answers: legacyMonolith }),
);

test("pages with a complete assessment build no locale machinery as they start", async ({ page }) => {
  await seedRecords(page, [heaviest, ...others], heaviest.id);
  await countLocaleWork(page);
  for (const path of ["/", "/assess/storage", "/assess/review", "/results", "/plan", "/assessments", "/compare", resultLink(heaviest)]) {
    await page.goto(path);
    await pageSettled(page);
    // The long lists finish a few entries per task after the page is idle.
    await page.waitForTimeout(1000);
    await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
    expect(await localeWork(page), path).toEqual({ dateFormats: 0, collators: 0, localeCompares: 0 });
  }
});

test("the counter sees locale machinery when a page does build it", async ({ page }) => {
  await countLocaleWork(page);
  await page.goto("/guide");
  await pageSettled(page);
  await page.evaluate(() => [new Intl.DateTimeFormat("en-GB").format(0), "a".localeCompare("b"), Intl.Collator("en")]);
  expect(await localeWork(page)).toEqual({ dateFormats: 1, collators: 1, localeCompares: 1 });
});
