/**
 * Where Continue goes after a Change link or a "why" link: back to the page that sent the
 * user. Only these targets are accepted, so a crafted URL cannot redirect elsewhere.
 */
const RETURN_TARGETS = {
  review: "/assess/review",
  results: "/results",
  plan: "/plan",
} as const;

export type ReturnTarget = keyof typeof RETURN_TARGETS;

export function returnHref(value: string | null | undefined): string | undefined {
  return value && Object.hasOwn(RETURN_TARGETS, value) ? RETURN_TARGETS[value as ReturnTarget] : undefined;
}

export function changeHref(area: string, questionDomId: string, from: ReturnTarget): string {
  return `/assess/${area}?return=${from}#${questionDomId}`;
}
