/**
 * Export file names carry the day where the user is, not the UTC date: just after local
 * midnight in Berlin, or a day ahead in Kiritimati (UTC+14), or a day behind in Pago Pago
 * (UTC−11), the file is named with the day the user's own calendar shows.
 */
import { expect, test } from "@playwright/test";
import { smallTeamToKubernetes } from "@/content/scenarios/teams";
import { downloadExport, type ExportLabel } from "./support/exports";
import { pageSettled } from "./support/page-settled";
import { seedAssessments } from "./support/seed";

const CASES = [
  { timeZone: "Europe/Berlin", instant: "2026-03-01T23:30:00.000Z", local: "2026-03-02", utc: "2026-03-01", when: "00:30 on 2 March" },
  { timeZone: "Pacific/Kiritimati", instant: "2026-03-01T10:30:00.000Z", local: "2026-03-02", utc: "2026-03-01", when: "00:30 on 2 March" },
  {
    timeZone: "Pacific/Pago_Pago",
    instant: "2026-03-01T10:30:00.000Z",
    local: "2026-02-28",
    utc: "2026-03-01",
    when: "23:30 on 28 February",
  },
] as const;

const FILES: { label: ExportLabel; name: (day: string) => string }[] = [
  { label: "Markdown", name: (day) => `night-shift-${day}.md` },
  { label: "CSV (plan)", name: (day) => `night-shift-plan-${day}.csv` },
  { label: "JSON", name: (day) => `night-shift-${day}.json` },
];

for (const { timeZone, instant, local, utc, when } of CASES) {
  test.describe(`in ${timeZone}`, () => {
    test.use({ timezoneId: timeZone });

    test(`an export at ${when} local time (${instant}) is named and dated ${local}, not ${utc}`, async ({ page }) => {
      await page.clock.setFixedTime(new Date(instant));
      await seedAssessments(page, [{ name: "Night shift", answers: smallTeamToKubernetes }]);
      await page.goto("/plan");
      await pageSettled(page);
      expect(await page.evaluate(() => Intl.DateTimeFormat().resolvedOptions().timeZone)).toBe(timeZone);

      for (const { label, name } of FILES) {
        const file = await downloadExport(page, label);
        expect(file.fileName).toBe(name(local));
        if (label === "Markdown") expect(file.text).toContain(`- **Exported:** ${local}\n`);
        // The JSON keeps the exact instant, which needs no zone.
        if (label === "JSON") expect((JSON.parse(file.text) as { exportedAt: string }).exportedAt).toBe(instant);
      }
      await expect(page.getByRole("status").filter({ hasText: `downloaded as night-shift-${local}.json` })).toBeAttached();
    });
  });
}
