"use client";
import type { ErrorInfo } from "next/error";
import { ErrorNotice } from "@/components/layout/error-notice";

/** When a page fails, the root layout (site header and footer) stays; only the page is replaced. */
export default function PageError({ error, retry }: ErrorInfo) {
  return <ErrorNotice error={error} retry={retry} />;
}
