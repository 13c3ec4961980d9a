import { expect, test } from "@playwright/test";
import { pageSettled } from "./support/page-settled";

test("the production build serves the start page with a heading and no console errors", async ({ page }) => {
  const errors: string[] = [];
  page.on("console", (message) => {
    if (message.type() === "error") errors.push(message.text());
  });
  page.on("pageerror", (error) => errors.push(error.message));

  const response = await page.goto("/");
  expect(response?.status()).toBe(200);
  await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
  await pageSettled(page);
  expect(errors).toEqual([]);
});
