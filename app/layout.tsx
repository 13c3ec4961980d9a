import type { Metadata, Viewport } from "next";
import type { ReactNode } from "react";
import { SiteFooter } from "@/components/layout/site-footer";
import { SiteHeader } from "@/components/layout/site-header";
import { SaveNoticeSlot } from "@/components/saving";
import "./globals.css";

export const metadata: Metadata = {
  title: { default: "Know Before You Deploy", template: "%s — Know Before You Deploy" },
  description:
    "Assess your team's readiness to adopt containers: a guided questionnaire that produces a risk matrix and a phased adoption plan.",
};

export const viewport: Viewport = {
  colorScheme: "light dark",
  themeColor: [
    { media: "(prefers-color-scheme: light)", color: "#ffffff" },
    { media: "(prefers-color-scheme: dark)", color: "#12161c" },
  ],
};

export default function RootLayout({ children }: { children: ReactNode }) {
  return (
    <html lang="en-GB">
      <body>
        <a className="skip-link" href="#main">
          Skip to main content
        </a>
        <SiteHeader />
        <main id="main" className="page" tabIndex={-1}>
          <SaveNoticeSlot />
          {children}
        </main>
        <SiteFooter />
      </body>
    </html>
  );
}
