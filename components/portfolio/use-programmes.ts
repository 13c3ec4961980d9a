"use client";
/** The programmes kept in this browser, read once the page is in the browser, and saving them back. */
import { useCallback, useState } from "react";
import type { Programme } from "@/lib/engine";
import { localStore } from "@/lib/state/team-storage";
import { readProgrammes, writeProgrammes } from "@/lib/state/programme-storage";

export interface Programmes {
  programmes: Programme[];
  /** Programmes that could not be read back and were left out. */
  unreadable: number;
  /** False when the last save failed: the change lives only in this tab. */
  saved: boolean;
  save: (next: Programme) => void;
}

export function useProgrammes(): Programmes {
  const [read] = useState(() => {
    const store = localStore();
    return store ? readProgrammes(store) : { programmes: [], unreadable: 0 };
  });
  const [programmes, setProgrammes] = useState<Programme[]>(read.programmes);
  const [saved, setSaved] = useState(true);
  const save = useCallback((next: Programme) => {
    setProgrammes((previous) => {
      const list = previous.some((programme) => programme.id === next.id)
        ? previous.map((programme) => (programme.id === next.id ? next : programme))
        : [...previous, next];
      const store = localStore();
      setSaved(store !== undefined && writeProgrammes(store, list).ok);
      return list;
    });
  }, []);
  return { programmes, unreadable: read.unreadable, saved, save };
}
