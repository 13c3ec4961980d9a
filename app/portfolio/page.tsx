import type { Metadata } from "next";
import { PortfolioView } from "@/components/portfolio/portfolio-view";
import { ContentPreload } from "@/components/ui/content-preload";

export const metadata: Metadata = { title: "Portfolio" };

export default function PortfolioPage() {
  return (
    <>
      <ContentPreload files={["questionnaire"]} />
      <h1 id="page-heading" tabIndex={-1}>
        Portfolio
      </h1>
      <p className="lead">
        Every assessment in this browser side by side: how ready each application is, area by area, which one to pilot first and why, and
        one plan for the whole programme. Nothing leaves this browser.
      </p>
      <PortfolioView />
    </>
  );
}
