/** The pages a benchmark visits, each with what it finds saved in the browser. */
import { CURRENT_CODEBOOK, CURRENT_CODEBOOK_INDEX } from "../../content/link-codebooks";
import { questionnaire } from "../../content/questionnaire";
import { teams } from "../../content/scenarios/teams";
import { encodeLink } from "@/lib/engine";
import { HEAVIEST_TEAM, type Seed } from "./seed";

export interface BenchRoute {
  /** How the table names it. */
  label: string;
  path: string;
  seed: Seed;
  /** Shows no assessment, so it is held to the tighter budget. */
  static?: true;
  /** Measured for JavaScript only: Lighthouse refuses a 404, and a print view is for paper. */
  jsOnly?: true;
}

const shared = encodeLink(
  {
    name: "Claims platform (legacy)",
    updatedAt: "2026-11-20T09:30:00.000Z",
    contentVersion: questionnaire.version,
    answers: teams[HEAVIEST_TEAM],
    decisions: {},
  },
  CURRENT_CODEBOOK,
  CURRENT_CODEBOOK_INDEX,
);

export const BENCH_ROUTES: readonly BenchRoute[] = [
  { label: "/", path: "/", seed: "one" },
  { label: "/assess/storage", path: "/assess/storage", seed: "one" },
  { label: "/assess/review", path: "/assess/review", seed: "one" },
  { label: "/results", path: "/results", seed: "one" },
  { label: "/plan", path: "/plan", seed: "one" },
  { label: "/plan (person and note fields open)", path: "/plan", seed: "one-with-decisions" },
  { label: "/print", path: "/print", seed: "one", jsOnly: true },
  { label: "/guide/storage", path: "/guide/storage", seed: "one", static: true },
  { label: "/assessments (ten saved)", path: "/assessments", seed: "ten" },
  { label: "/shared", path: `/shared#${shared}`, seed: "one" },
  { label: "/compare (ten saved)", path: "/compare", seed: "ten" },
  { label: "not found", path: "/no-such-page", seed: "one", static: true, jsOnly: true },
];
