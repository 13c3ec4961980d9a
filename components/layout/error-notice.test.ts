import { createElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it, vi } from "vitest";
import GlobalError from "@/app/global-error";
import PageError from "@/app/error";
import { ErrorNotice, errorReference } from "./error-notice";

// The header and the notice link through AppLink, which asks the router to fetch ahead on intent.
vi.mock("next/navigation", () => ({ usePathname: () => "/results", useRouter: () => ({ prefetch: () => undefined }) }));

const noop = (): void => undefined;

describe("errorReference", () => {
  it("is the digest Next.js gives a server error", () => {
    expect(errorReference(Object.assign(new Error("hidden"), { digest: "2731" }))).toBe("2731");
  });

  it("is absent for anything else thrown", () => {
    expect(errorReference(new Error("plain"))).toBeUndefined();
    expect(errorReference(Object.assign(new Error("x"), { digest: 42 }))).toBeUndefined();
    expect(errorReference({ digest: "not an Error" })).toBeUndefined();
    expect(errorReference("a string")).toBeUndefined();
    expect(errorReference(undefined)).toBeUndefined();
  });
});

describe("ErrorNotice", () => {
  const html = renderToStaticMarkup(createElement(ErrorNotice, { error: new Error("secret detail"), retry: noop }));

  it("says what happened, that saved answers are safe, and offers the ways on", () => {
    expect(html).toContain("Sorry, this page stopped working");
    expect(html).toContain("Answers saved in this browser are not affected");
    expect(html).toMatch(/<button type="button" class="button">Try again<\/button>/);
    expect(html).toContain('href="/"');
    expect(html).toContain('href="/assessments"');
  });

  it("never shows the error's message, only its reference", () => {
    expect(html).not.toContain("secret detail");
    const withDigest = renderToStaticMarkup(
      createElement(ErrorNotice, { error: Object.assign(new Error("secret"), { digest: "abc123" }), retry: noop }),
    );
    expect(withDigest).toContain("Error reference: abc123");
    expect(withDigest).not.toContain("secret");
  });
});

describe("the error pages", () => {
  it("app/error renders only the notice, inside the root layout's header and footer", () => {
    const html = renderToStaticMarkup(createElement(PageError, { error: new Error("x"), retry: noop, reset: noop }));
    expect(html).toContain("Sorry, this page stopped working");
    expect(html).not.toContain("<html");
    expect(html).not.toContain("site-header");
  });

  it("app/global-error brings its own document, with the site header and footer and no inline style", () => {
    const html = renderToStaticMarkup(createElement(GlobalError, { error: new Error("x"), retry: noop, reset: noop }));
    expect(html).toMatch(/^<html lang="en-GB">/);
    expect(html).toContain("<body>");
    expect(html).toContain('class="site-header"');
    expect(html).toContain('aria-label="Main"');
    expect(html).toContain('class="site-footer"');
    expect(html).toContain('<main id="main" class="page"');
    expect(html).toContain("Sorry, this page stopped working");
    expect(html).not.toMatch(/style=|<style/);
  });
});
