"use client";
import type { ErrorInfo } from "next/error";
import { ErrorNotice } from "@/components/layout/error-notice";
import { SiteFooter } from "@/components/layout/site-footer";
import { SiteHeader } from "@/components/layout/site-header";
import "./globals.css";

/**
 * When the root layout itself fails, this replaces the whole document, so it brings its
 * own <html>, <body> and stylesheet, and the same header and footer as every page. No
 * saved-state provider: that may be what failed.
 */
export default function GlobalError({ error, retry }: ErrorInfo) {
  return (
    <html lang="en-GB">
      <body>
        <title>Something went wrong — Know Before You Deploy</title>
        <a className="skip-link" href="#main">
          Skip to main content
        </a>
        <SiteHeader />
        <main id="main" className="page" tabIndex={-1}>
          <ErrorNotice error={error} retry={retry} />
        </main>
        <SiteFooter />
      </body>
    </html>
  );
}
