/** The final image's base: how FROM pins it, where it comes from, and whether it is Windows or GPU. */
import { state, type ReadContext } from "./context";
import { describe, isGpuImage, isOfficial, isWindowsImage, referenceKind } from "./image-name";

export function baseFacts(context: ReadContext): void {
  const { base, stage } = context.final;
  const from = base.from;
  const via = base === stage ? "" : ` (the final stage builds on stage ${base.subject})`;
  if (base.scratch) {
    state(context, "base-image-source", "scratch", from, `FROM scratch${via}: the image holds only what the build copies into it.`);
    return;
  }
  const image = base.image;
  if (image === null) {
    context.notes.push(`line ${from.line}: FROM names no image, so the base image is not known.`);
    return;
  }
  const name = describe(image);
  const kind = referenceKind(image);
  if (kind === "digest") {
    state(
      context,
      "base-image-ref",
      "digest",
      from,
      `FROM ${name}${via} is pinned by digest: the base cannot change under this reference.`,
    );
  } else if (kind === "tag") {
    state(
      context,
      "base-image-ref",
      "tag",
      from,
      `FROM ${name}${via} uses a tag: the image behind it moves whenever the tag is re-pushed.`,
    );
  } else if (kind === "latest") {
    state(
      context,
      "base-image-ref",
      "latest",
      from,
      `FROM ${name}${via} names no tag (or :latest), a moving reference: every build may get a different base image.`,
    );
  } else {
    context.notes.push(`line ${from.line}: the base image's tag depends on a build argument, so how it is pinned is not known.`);
  }
  if (image.unresolved.path) {
    context.notes.push(`line ${from.line}: the base image's name depends on a build argument, so where it comes from is not known.`);
  } else if (isOfficial(image)) {
    state(context, "base-image-source", "official", from, `${name} is a Docker Hub official image${via}.`);
  } else {
    state(
      context,
      "base-image-source",
      "registry",
      from,
      `${name} comes from ${image.registry ?? "a Docker Hub namespace"}, not from Docker Hub's official images${via}.`,
    );
  }
  if (isWindowsImage(image)) {
    const escape = context.model.escape === "`" ? " (with the backtick escape directive Windows Dockerfiles use)" : "";
    state(context, "windows", "yes", from, `${name} is a Windows base image${escape}: the container needs Windows nodes.`);
  }
  gpuFact(context, isGpuImage(image) ? name : null);
  notePinnedBuilders(context);
}

function gpuFact(context: ReadContext, gpuBase: string | null): void {
  const { base } = context.final;
  if (gpuBase !== null) {
    state(context, "gpu", "yes", base.from, `${gpuBase} is a CUDA/GPU base image: the container needs GPU nodes and drivers.`);
    return;
  }
  const env = context.final.steps.find(
    (step) => step.keyword === "ENV" && step.pairs.some((pair) => pair.name === "NVIDIA_VISIBLE_DEVICES"),
  );
  if (env !== undefined) state(context, "gpu", "yes", env, "ENV NVIDIA_VISIBLE_DEVICES asks the NVIDIA runtime for GPUs.");
}

/** A builder pinned by digest next to an unpinned final base is a common half-measure: only the final base ships. */
function notePinnedBuilders(context: ReadContext): void {
  const finalKind = context.final.base.image === null ? null : referenceKind(context.final.base.image);
  if (finalKind === "digest") return;
  const pinned = context.model.stages.filter(
    (stage) => stage !== context.final.base && stage.image !== null && referenceKind(stage.image) === "digest",
  );
  for (const stage of pinned) {
    context.notes.push(`line ${stage.from.line}: stage ${stage.subject} is pinned by digest, but only the final stage's base image ships.`);
  }
}
