/**
 * The programmes of a portfolio, kept in localStorage beside the assessments and never
 * inside them: one key holding every programme (a portfolio has a few at most). Each
 * programme read back goes through the engine's check; one that fails is left out and
 * counted, so the page can say so, and the others still load.
 */
import { checkProgramme, type Programme } from "@/lib/engine";
import { KEY_PREFIX } from "./storage-keys";
import { attempt, type WriteOutcome } from "./write-outcome";

export const PROGRAMMES_KEY = `${KEY_PREFIX}programmes`;
const VERSION = 1;

type Store = Pick<Storage, "getItem" | "setItem">;

export interface ProgrammesRead {
  programmes: Programme[];
  /** Programmes that could not be read and were left out. */
  unreadable: number;
}

export function readProgrammes(store: Store): ProgrammesRead {
  let data: unknown;
  try {
    const text = store.getItem(PROGRAMMES_KEY);
    if (text === null) return { programmes: [], unreadable: 0 };
    data = JSON.parse(text);
  } catch {
    return { programmes: [], unreadable: 1 };
  }
  if (typeof data !== "object" || data === null || !("version" in data) || data.version !== VERSION || !("programmes" in data))
    return { programmes: [], unreadable: 1 };
  const list: unknown = data.programmes;
  if (!Array.isArray(list)) return { programmes: [], unreadable: 1 };
  const programmes: Programme[] = [];
  let unreadable = 0;
  const seen = new Set<string>();
  for (const entry of list) {
    const checked = checkProgramme(entry);
    if (checked.ok && !seen.has(checked.value.id)) {
      seen.add(checked.value.id);
      programmes.push(checked.value);
    } else unreadable += 1;
  }
  return { programmes, unreadable };
}

export function writeProgrammes(store: Store, programmes: readonly Programme[]): WriteOutcome {
  return attempt(() => store.setItem(PROGRAMMES_KEY, JSON.stringify({ version: VERSION, programmes })));
}
