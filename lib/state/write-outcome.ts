/** What became of one write to browser storage, in terms the user can act on. */
export type WriteProblem = "full" | "refused";
export type WriteOutcome = { ok: true } | { ok: false; problem: WriteProblem };

/** A quota error means "full"; anything else (SecurityError, a broken store) means "refused". */
export function problemOf(error: unknown): WriteProblem {
  if (error instanceof DOMException || (typeof error === "object" && error !== null && "name" in error)) {
    const name = String((error as { name: unknown }).name);
    const code = (error as { code?: unknown }).code;
    if (name === "QuotaExceededError" || name === "NS_ERROR_DOM_QUOTA_REACHED" || code === 22 || code === 1014) return "full";
  }
  if (error instanceof Error && /quota/i.test(error.message)) return "full";
  return "refused";
}

export function attempt(write: () => void): WriteOutcome {
  try {
    write();
    return { ok: true };
  } catch (error) {
    return { ok: false, problem: problemOf(error) };
  }
}
