/**
 * Asks the browser, from the page's head, to fetch the content files the page will need,
 * alongside its scripts rather than after them. A server component: it renders nothing.
 */
import { preload } from "react-dom";
import { contentFileUrl, type ContentFile } from "@/content/files";

export function ContentPreload({ files }: { files: readonly ContentFile[] }) {
  // Same-origin and credentials "same-origin", as useContentFile fetches them, so the preload is used.
  for (const file of files) preload(contentFileUrl(file), { as: "fetch", crossOrigin: "anonymous" });
  return null;
}
