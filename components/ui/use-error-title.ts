"use client";
import { useEffect } from "react";

/** Prefixes the document title with "Error: " while a form shows errors (GOV.UK pattern). */
export function useErrorTitle(hasErrors: boolean): void {
  useEffect(() => {
    const prefix = "Error: ";
    const base = document.title.startsWith(prefix) ? document.title.slice(prefix.length) : document.title;
    document.title = hasErrors ? `${prefix}${base}` : base;
  }, [hasErrors]);
}
