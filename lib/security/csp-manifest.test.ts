import { describe, expect, it } from "vitest";
import { hashesIn, routeOf, type Manifest } from "./csp-manifest";

const manifest: Manifest = {
  "/": ["sha256-home"],
  "/results": ["sha256-results"],
  "/assess/storage": ["sha256-storage"],
  "/_not-found": ["sha256-not-found"],
};

describe("routeOf", () => {
  it("drops a trailing slash but not the root", () => {
    expect(routeOf("/")).toBe("/");
    expect(routeOf("/results/")).toBe("/results");
  });

  it("decodes escaped letters and digits", () => {
    expect(routeOf("/assess/%73torage")).toBe("/assess/storage");
  });

  it("has no route for a malformed escape, and does not throw", () => {
    expect(routeOf("/assess/%E0%A4%A")).toBeUndefined();
    expect(routeOf("/%")).toBeUndefined();
  });
});

describe("hashesIn", () => {
  it("finds a page by any spelling of its path", () => {
    expect(hashesIn(manifest, "/assess/storage")).toEqual(["sha256-storage"]);
    expect(hashesIn(manifest, "/assess/%73torage")).toEqual(["sha256-storage"]);
    expect(hashesIn(manifest, "/result%73/")).toEqual(["sha256-results"]);
  });

  it("answers with the not-found page's hashes for an unknown or malformed path", () => {
    expect(hashesIn(manifest, "/no-such-page")).toEqual(["sha256-not-found"]);
    expect(hashesIn(manifest, "/guide/%ZZ")).toEqual(["sha256-not-found"]);
  });

  it("allows nothing inline without a manifest", () => {
    expect(hashesIn({}, "/results")).toEqual([]);
  });
});
