/**
 * The screen, the print view, Markdown and CSV all render one finished view (assess), so
 * over random answer sets they list the same risks, in the same order with the same
 * bands, the same plan actions in the same order, and the same "Start here" actions.
 */
import fc from "fast-check";
import { createElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it, vi } from "vitest";
import { questionnaire } from "@/content/questionnaire";
import { assess, BAND_LABELS, exportAs, type Assessment, type AssessmentView } from "@/lib/engine";
import { arbitraryAnswers } from "@/lib/engine/test-fixtures/arbitrary-answers";
import { PlanBody } from "../plan";
import { PrintDocument } from "../print";
import { ResultsBody } from "./results-body";

vi.mock("next/navigation", () => ({ usePathname: () => "/results", useRouter: () => ({ push: () => undefined }) }));

const decode = (html: string): string =>
  html.replaceAll("&amp;", "&").replaceAll("&#x27;", "'").replaceAll("&quot;", '"').replaceAll("&lt;", "<").replaceAll("&gt;", ">");

const all = (text: string, pattern: RegExp): string[][] =>
  [...text.matchAll(pattern)].map((match) => match.slice(1).map((part) => decode(part ?? "")));

/** RFC 4180 rows (the CSV export quotes cells holding commas or quotes). */
function csvRows(text: string): string[][] {
  const rows: string[][] = [];
  for (const line of text.split("\r\n").filter(Boolean)) {
    const cells = [...line.matchAll(/(?:^|,)(?:"((?:[^"]|"")*)"|([^,]*))/g)].map((m) => (m[1] ?? m[2] ?? "").replaceAll('""', '"'));
    rows.push(cells);
  }
  return rows;
}

function assessmentWith(answers: Assessment["answers"]): Assessment {
  const stamp = "2026-11-20T09:30:00.000Z";
  return { id: "p", name: "Property", createdAt: stamp, updatedAt: stamp, contentVersion: questionnaire.version, answers, decisions: {} };
}

/** What each renderer lists, in its order: risks as [id or title, band label], actions as titles. */
function screen(view: AssessmentView) {
  const results = renderToStaticMarkup(createElement(ResultsBody, { view }));
  const plan = renderToStaticMarkup(createElement(PlanBody, { plan: view.plan, roles: questionnaire.roles, phases: questionnaire.phases }));
  return {
    risks: all(results, /<article class="risk risk--([a-z]+)" id="risk-([^"]+)"/g).map(([band, id]) => [id, band]),
    actions: all(plan, /<span class="plan-action__order">\d+\.<\/span> ([^<]+)/g).map(([title]) => title?.trim()),
    startHere: all(plan, /<a href="#action-([^"]+)" class="start-here__title">([^<]+)<\/a>/g),
  };
}

function print(view: AssessmentView) {
  const html = renderToStaticMarkup(createElement(PrintDocument, { doc: view, printedAt: new Date("2026-11-21T00:00:00Z") }));
  const register = html.slice(html.indexOf("<h2>Risk register</h2>"), html.indexOf("<h2>Adoption plan</h2>"));
  return {
    risks: all(register, /<h3 class="risk__title">\d+\. (.*?) <span class="tag tag--band tag--([a-z]+)">/g).map(([title, band]) => [
      title,
      band,
    ]),
    actions: all(html, /<h4 class="plan-action__title">\d+\. ([^<]+)<\/h4>/g).map(([title]) => title),
    startHere: all(html, /<li class="print-start-here__item"><strong>([^<]+)<\/strong>/g).map(([title]) => title),
  };
}

async function markdownAndCsv(view: AssessmentView) {
  const moment = { now: new Date("2026-11-21T00:00:00Z"), timeZone: "UTC" };
  const markdown = (await exportAs("markdown", view, moment)).text;
  const register = markdown.slice(markdown.indexOf("## Risk register"), markdown.indexOf("## Adoption plan"));
  const csv = csvRows((await exportAs("csv", view, moment)).text);
  const header = csv[0] ?? [];
  const column = (name: string): number => header.indexOf(name);
  const starts = csv
    .slice(1)
    .filter((row) => row[column("Start here")] !== "")
    .sort((a, b) => Number(a[column("Start here")]) - Number(b[column("Start here")]));
  return {
    risks: all(register, /^### \d+\. (.*) \(([A-Za-z]+), severity \d+\)$/gm).map(([title, band]) => [title, band]),
    actions: all(markdown, /^#### \d+\. (.*)$/gm).map(([title]) => title),
    startHere: all(markdown, /^\d+\. \*\*(.*)\*\* \(#\d+, /gm).map(([title]) => title),
    csvActions: csv.length - 1,
    csvStartHere: starts.map((row) => [row[column("Action")], row[column("Why now")]]),
    csvEffort: csv.slice(1).map((row) => row[column("Effort range")]),
  };
}

describe("screen, print, Markdown and CSV render the same view", () => {
  it("list the same risks with the same bands, and the same actions, in the same order", async () => {
    await fc.assert(
      fc.asyncProperty(arbitraryAnswers(questionnaire), async (answers) => {
        const view = assess(questionnaire, assessmentWith(answers));
        const risks = view.risks.map((risk) => ({ id: risk.id, title: risk.title, band: risk.band }));
        const actions = view.plan.phases.flatMap((phase) => phase.actions.map((action) => action.title));

        const onScreen = screen(view);
        expect(onScreen.risks).toEqual(risks.map((risk) => [risk.id, risk.band]));
        expect(onScreen.actions).toEqual(actions);

        const onPaper = print(view);
        expect(onPaper.risks).toEqual(risks.map((risk) => [risk.title, risk.band]));
        expect(onPaper.actions).toEqual(actions);

        const exported = await markdownAndCsv(view);
        expect(exported.risks).toEqual(risks.map((risk) => [risk.title, BAND_LABELS[risk.band]]));
        expect(exported.actions).toEqual(actions);
        expect(exported.csvActions).toBe(actions.length);

        // Start here: the same actions, in the same order, everywhere; at most seven.
        const start = view.plan.startHere;
        expect(start.length).toBeLessThanOrEqual(7);
        expect(onScreen.startHere).toEqual(start.map((item) => [item.id, item.title]));
        expect(onPaper.startHere).toEqual(start.map((item) => item.title));
        expect(exported.startHere).toEqual(start.map((item) => item.title));
        expect(exported.csvStartHere).toEqual(start.map((item) => [item.title, item.whyNow]));
        expect(exported.csvEffort).toEqual(view.plan.phases.flatMap((phase) => phase.actions.map((action) => action.effortRange)));
      }),
      { numRuns: 25 },
    );
    // Twenty-five random plans rendered four ways is slow on a shared machine.
  }, 60_000);
});
