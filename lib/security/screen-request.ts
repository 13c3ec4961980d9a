/**
 * What the proxy does with a request before Next.js routes it. Next.js answers some
 * requests with a bare 500 and without the security headers: a path with a malformed
 * percent-encoding, a POST (or PUT, DELETE…) to a static file, an escaped spelling of a
 * static route under a dynamic one (/assess/%72eview). So the proxy answers those itself.
 */
import { canonicalPathname } from "./pathname";

/** Every page and file of the app is read-only; only route handlers may take other methods. */
export const READ_METHODS = ["GET", "HEAD"] as const;

export type Screening =
  /** Route it as it is. */
  | { kind: "pass" }
  /** 405: the app has no server actions or forms that post, so only route handlers take other methods. */
  | { kind: "method-not-allowed" }
  /** A malformed percent-encoding: answer with the not-found page, not a crash. */
  | { kind: "malformed" }
  /** A needlessly escaped spelling: send the browser to the one spelling (308 keeps the method). */
  | { kind: "redirect"; pathname: string };

function isRouteHandlerPath(pathname: string): boolean {
  return pathname === "/api" || pathname.startsWith("/api/");
}

export function screenRequest(method: string, pathname: string): Screening {
  const readOnly = (READ_METHODS as readonly string[]).includes(method.toUpperCase());
  if (!readOnly && !isRouteHandlerPath(pathname)) return { kind: "method-not-allowed" };
  const canonical = canonicalPathname(pathname);
  if (canonical === null) return { kind: "malformed" };
  if (canonical !== pathname) return { kind: "redirect", pathname: canonical };
  return { kind: "pass" };
}
