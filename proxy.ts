/**
 * Puts the Content-Security-Policy on every response, with the hashes of exactly the
 * inline scripts of the page being served (see lib/security). The other security headers
 * come from next.config.ts.
 */
import { NextResponse, type NextRequest } from "next/server";
import { scriptHashesFor } from "@/lib/security/csp-manifest";
import { contentSecurityPolicy } from "@/lib/security/headers";

export function proxy(request: NextRequest): NextResponse {
  const development = process.env.NODE_ENV === "development";
  const response = NextResponse.next();
  response.headers.set(
    "Content-Security-Policy",
    contentSecurityPolicy(development ? [] : scriptHashesFor(request.nextUrl.pathname), development),
  );
  return response;
}
