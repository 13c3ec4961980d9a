import { areas } from "@/content/areas";
import { guideModules, type GuideModule } from "@/content/guides";

export type GuideArea = (typeof areas)[number];

export interface LoadedGuide {
  readonly area: GuideArea;
  readonly module: GuideModule;
}

/**
 * The area and its compiled guide, or undefined for an id that is not an area. Takes a plain
 * string because route params are untrusted: only ids found in `areas` reach the import map.
 */
export async function loadGuide(id: string): Promise<LoadedGuide | undefined> {
  const area = areas.find((candidate) => candidate.id === id);
  if (area === undefined) return undefined;
  return { area, module: await guideModules[area.id]() };
}

/** The area after this one in the wizard's order, for "next guide" links. */
export function nextArea(current: GuideArea): GuideArea | undefined {
  return areas[areas.indexOf(current) + 1];
}
