/**
 * Puts the Content-Security-Policy on every response, with the hashes of exactly the
 * inline scripts of the page being served (see lib/security). The other security headers
 * come from next.config.ts, and are set here as well on the answers the proxy gives itself.
 *
 * Before Next.js routes a request, the proxy answers the ones Next.js would answer with a
 * bare 500 (see lib/security/screen-request.ts): a write method to a page or a static
 * file gets 405, a malformed percent-encoding gets the not-found page, and a needlessly
 * escaped spelling of a path is redirected to the one spelling, whose hashes are known.
 */
import { NextResponse, type NextRequest } from "next/server";
import { scriptHashesFor } from "@/lib/security/csp-manifest";
import { STATIC_SECURITY_HEADERS, contentSecurityPolicy } from "@/lib/security/headers";
import { READ_METHODS, screenRequest } from "@/lib/security/screen-request";

function secured(response: NextResponse, scriptHashes: readonly string[], development: boolean): NextResponse {
  for (const { key, value } of STATIC_SECURITY_HEADERS) response.headers.set(key, value);
  response.headers.set("Content-Security-Policy", contentSecurityPolicy(development ? [] : scriptHashes, development));
  return response;
}

export function proxy(request: NextRequest): NextResponse {
  const development = process.env.NODE_ENV === "development";
  const { pathname } = request.nextUrl;
  const screening = screenRequest(request.method, pathname);
  switch (screening.kind) {
    case "method-not-allowed":
      return secured(
        new NextResponse("Method Not Allowed\n", {
          status: 405,
          headers: { Allow: READ_METHODS.join(", "), "Content-Type": "text/plain; charset=utf-8" },
        }),
        [],
        development,
      );
    case "malformed": {
      // The not-found page (status 404), with its own inline scripts allowed.
      const notFound = new URL("/_not-found", request.url);
      return secured(NextResponse.rewrite(notFound, { status: 404 }), scriptHashesFor("/_not-found"), development);
    }
    case "redirect": {
      const target = request.nextUrl.clone();
      target.pathname = screening.pathname;
      return secured(NextResponse.redirect(target, 308), [], development);
    }
    case "pass":
      return secured(NextResponse.next(), scriptHashesFor(pathname), development);
  }
}
