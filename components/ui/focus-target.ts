/**
 * In-page navigation without the address: brings an element into view and moves focus to
 * it (making it focusable from script only if it was not focusable already), so keyboard
 * and screen-reader users land where sighted users look.
 */
export function focusTarget(element: HTMLElement): void {
  if (!element.hasAttribute("tabindex")) element.setAttribute("tabindex", "-1");
  element.focus({ preventScroll: true });
  element.scrollIntoView({ block: "start" });
}

/**
 * The id a link to a place on this same page points at ("#risk-…", "/shared#risk-…"; ""
 * for a bare "#"), or undefined for a link that leaves the page.
 */
export function inPageTarget(link: Element, here: Location): string | undefined {
  if (!(link instanceof HTMLAnchorElement) || !(link.getAttribute("href") ?? "").includes("#")) return undefined;
  const url = new URL(link.href);
  if (url.origin !== here.origin || url.pathname !== here.pathname || url.search !== here.search) return undefined;
  try {
    return decodeURIComponent(url.hash.slice(1));
  } catch {
    return undefined;
  }
}

/** A plain click (or Enter) that would follow a link in this tab. */
export const isPlainClick = (event: MouseEvent): boolean =>
  event.button === 0 && !event.metaKey && !event.ctrlKey && !event.shiftKey && !event.altKey;
