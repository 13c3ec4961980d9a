/**
 * Which assessment this tab has open. Kept in sessionStorage, which is per tab, so a tab
 * that opens or starts another assessment never redirects this tab's answers; a new tab
 * starts on the assessment opened last anywhere (the index in localStorage).
 */
import { TAB_OPEN_KEY } from "./storage-keys";

export interface TabOpenStore {
  read(): string | null | undefined;
  write(id: string | null): void;
}

/** sessionStorage, or a value held in memory where the browser refuses it. */
export function sessionTabOpen(getSession: () => Pick<Storage, "getItem" | "setItem" | "removeItem"> | undefined): TabOpenStore {
  let fallback: string | null | undefined;
  return {
    read() {
      try {
        const session = getSession();
        const raw = session?.getItem(TAB_OPEN_KEY);
        if (raw === null || raw === undefined) return fallback;
        return raw === "" ? null : raw;
      } catch {
        return fallback;
      }
    },
    write(id) {
      fallback = id;
      try {
        // "" means "this tab closed its assessment", which differs from "never chose one".
        getSession()?.setItem(TAB_OPEN_KEY, id ?? "");
      } catch {
        // Refused: the value in memory serves this page's life.
      }
    },
  };
}

export function memoryTabOpen(): TabOpenStore {
  let value: string | null | undefined;
  return {
    read: () => value,
    write: (id) => {
      value = id;
    },
  };
}
