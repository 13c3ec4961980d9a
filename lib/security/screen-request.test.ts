import { describe, expect, it } from "vitest";
import { screenRequest } from "./screen-request";

describe("screenRequest", () => {
  it("passes reads of pages and files", () => {
    for (const method of ["GET", "HEAD", "get"]) {
      for (const path of ["/", "/results", "/_next/static/chunks/a.js", "/icon.svg", "/no-such-page"]) {
        expect(screenRequest(method, path)).toEqual({ kind: "pass" });
      }
    }
  });

  it("refuses every other method on pages and static files", () => {
    for (const method of ["POST", "PUT", "DELETE", "PATCH", "OPTIONS", "PROPFIND"]) {
      for (const path of ["/", "/assess/storage", "/_next/static/chunks/a.js", "/favicon.ico", "/apix"]) {
        expect(screenRequest(method, path)).toEqual({ kind: "method-not-allowed" });
      }
    }
  });

  it("leaves the methods of route handlers to the handlers", () => {
    expect(screenRequest("POST", "/api/health")).toEqual({ kind: "pass" });
    expect(screenRequest("DELETE", "/api")).toEqual({ kind: "pass" });
  });

  it("marks a malformed percent-encoding, whatever the method", () => {
    expect(screenRequest("GET", "/assess/%E0%A4%A")).toEqual({ kind: "malformed" });
    expect(screenRequest("HEAD", "/%")).toEqual({ kind: "malformed" });
    expect(screenRequest("POST", "/api/%ZZ")).toEqual({ kind: "malformed" });
  });

  it("redirects an escaped spelling to the one spelling", () => {
    expect(screenRequest("GET", "/assess/%73torage")).toEqual({ kind: "redirect", pathname: "/assess/storage" });
    expect(screenRequest("GET", "/assess/%72eview")).toEqual({ kind: "redirect", pathname: "/assess/review" });
  });
});
