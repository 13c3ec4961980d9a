import { expect, type APIResponse } from "@playwright/test";

/** The response carries the CSP (scripts by hash only, no eval) and the other security headers. */
export function expectSecurityHeaders(response: APIResponse, path: string): void {
  const headers = response.headers();
  const csp = headers["content-security-policy"] ?? "";
  const scriptSrc =
    csp
      .split(";")
      .map((d) => d.trim())
      .find((d) => d.startsWith("script-src")) ?? "";
  expect(csp, `${path} has a CSP`).not.toBe("");
  expect(csp).not.toContain("unsafe-eval");
  expect(scriptSrc).toMatch(/^script-src 'self'( 'sha256-[A-Za-z0-9+/=]+')*$/);
  expect(csp).toContain("style-src 'self'");
  for (const directive of ["object-src 'none'", "base-uri 'none'", "frame-ancestors 'none'"]) expect(csp).toContain(directive);
  expect(headers["x-content-type-options"], `${path} has nosniff`).toBe("nosniff");
  expect(headers["referrer-policy"]).toBe("no-referrer");
  expect(headers["permissions-policy"]).toContain("camera=()");
  expect(headers["permissions-policy"]).toContain("geolocation=()");
  expect(headers["cross-origin-opener-policy"]).toBe("same-origin");
  expect(headers["x-frame-options"]).toBe("DENY");
}
