import { describe, expect, it } from "vitest";
import { canonicalPathname, isMalformedPath } from "./pathname";

describe("canonicalPathname", () => {
  it("leaves an ordinary path as it is", () => {
    for (const path of ["/", "/results", "/assess/storage", "/guide/app-knowledge", "/_next/static/chunks/a.js"]) {
      expect(canonicalPathname(path)).toBe(path);
    }
  });

  it("decodes escaped letters, digits and - . _ ~, in either hex case", () => {
    expect(canonicalPathname("/assess/%73torage")).toBe("/assess/storage");
    expect(canonicalPathname("/result%73")).toBe("/results");
    expect(canonicalPathname("/assess/%72eview")).toBe("/assess/review");
    expect(canonicalPathname("/guide/app%2Dknowledge")).toBe("/guide/app-knowledge");
    expect(canonicalPathname("/%7e%5F%2e%30")).toBe("/~_.0");
  });

  it("keeps every other escape, so an escaped slash never becomes a separator", () => {
    expect(canonicalPathname("/assess%2Fstorage")).toBe("/assess%2Fstorage");
    expect(canonicalPathname("/a%20b")).toBe("/a%20b");
    expect(canonicalPathname("/%2573torage")).toBe("/%2573torage");
    expect(canonicalPathname("/caf%C3%A9")).toBe("/caf%C3%A9");
  });

  it("answers null, without throwing, for a malformed escape", () => {
    for (const path of ["/%", "/guide/%ZZ", "/assess/%E0%A4%A", "/%E0%A4", "/%C0%AF", "/%FF", "/a%2"]) {
      expect(isMalformedPath(path)).toBe(true);
      expect(canonicalPathname(path)).toBeNull();
    }
  });

  it("is idempotent", () => {
    for (const path of ["/assess/%73torage", "/%7e%5F", "/a%20b", "/%2573"]) {
      const once = canonicalPathname(path);
      expect(once === null ? null : canonicalPathname(once)).toBe(once);
    }
  });
});
