/** How an `image:` field refers to its image: pinned by digest, by tag, or to a moving `latest`. */

export type ImageRefKind = "digest" | "tag" | "latest";

/** undefined when a variable decides it (`${IMAGE}`, `app:${TAG}`) or the value is empty. */
export function imageRefKind(ref: string): ImageRefKind | undefined {
  const text = ref.trim();
  if (text === "") return undefined;
  if (/@sha256:[0-9a-f]{64}\b/i.test(text) || /@[a-z0-9]+:[0-9a-f]{32,}\b/i.test(text)) return "digest";
  // The tag is after the last colon of the last path segment (a registry port has a slash after it).
  const lastSegment = text.slice(text.lastIndexOf("/") + 1);
  const colon = lastSegment.lastIndexOf(":");
  if (colon < 0) return /[${}]/.test(text) ? undefined : "latest";
  const tag = lastSegment.slice(colon + 1);
  if (tag === "" || /[${}]/.test(tag)) return undefined;
  return tag === "latest" ? "latest" : "tag";
}

export function imageRefNote(owner: string, ref: string, kind: ImageRefKind): string {
  if (kind === "digest") return `${owner} pins its image by digest: every deployment runs the same bytes.`;
  if (kind === "latest") return `${owner} uses ${ref.trim()} with no fixed tag: what runs changes whenever the image is pushed.`;
  return `${owner} uses the tag ${ref.trim()}: readable, but a tag can be moved to other bytes.`;
}
