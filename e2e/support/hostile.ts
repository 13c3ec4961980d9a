/**
 * User text that tries to break every export: a spreadsheet formula, table pipes, Markdown
 * headings, an HTML script and both kinds of quote. Each export must keep it as text.
 */
import type { Decision } from "@/lib/engine";
import { legacyMonolith } from "@/content/scenarios/teams";

export const FORMULA = "=cmd|' /C calc'!A0";
export const SCRIPT = "<script>alert(1)</script>";

export const HOSTILE = {
  name: `${FORMULA} "Q" #1 ${SCRIPT}`,
  person: `${FORMULA} "Ann" O'Neil`,
  note: `+SUM(A1) | # heading? ${SCRIPT}\nsecond line, "quoted"`,
  reason: `@risk - | ${SCRIPT} 'single' "double"`,
  pilot: `-pilot | # ${SCRIPT} "api"`,
} as const;

/** The hostile name made file-safe, as export file names carry it. */
export const HOSTILE_STEM = "cmd-c-calc-a0-q-1-script-alert-1-script";

/** Three actions every legacyMonolith plan holds (all are baseline actions). */
export const DONE_ACTION = "agree-goals-and-measures";
export const NOT_APPLICABLE_ACTION = "choose-pilot-service";

export const hostileDecisions: Record<string, Decision> = {
  [DONE_ACTION]: { status: "done", person: HOSTILE.person, note: HOSTILE.note },
  [NOT_APPLICABLE_ACTION]: { status: "not-applicable", reason: HOSTILE.reason, note: HOSTILE.note },
};

export const hostileAnswers = { ...legacyMonolith, "scope.pilot-name": HOSTILE.pilot };

/** Today's date as export file names carry it (UTC, like the app). */
export const today = (): string => new Date().toISOString().slice(0, 10);
