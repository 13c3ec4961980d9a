/**
 * Only the image that ships matters for runtime facts: the last stage, plus any earlier
 * stages it is built FROM (a stage built on another inherits its USER, CMD, ENV, VOLUMEs…).
 */
import { isWindowsImage } from "./image-name";
import type { DockerfileModel, Stage, Step } from "./model";
import { shellWords } from "./text";

export interface FinalImage {
  /** The last stage of the file. */
  stage: Stage;
  /** From the stage whose FROM names an outside image (or scratch) to the last stage. */
  chain: Stage[];
  /** chain[0]: the stage whose FROM decides the base image. */
  base: Stage;
  /** Every instruction of the chain, in build order. */
  steps: Step[];
  /** The last stage's name, or `stage N`. */
  subject: string;
  windows: boolean;
}

export function finalImage(model: DockerfileModel): FinalImage | null {
  const stage = model.stages.at(-1);
  if (stage === undefined) return null;
  const reversed: Stage[] = [stage];
  let current = stage;
  // Parents are always earlier stages, so this ends; the bound is a second guard.
  while (current.parent !== null && reversed.length <= model.stages.length) {
    const parent = model.stages[current.parent];
    if (parent === undefined) break;
    reversed.push(parent);
    current = parent;
  }
  const chain = reversed.reverse();
  const base = chain[0] ?? stage;
  return {
    stage,
    chain,
    base,
    steps: chain.flatMap((link) => link.steps),
    subject: stage.subject,
    windows: base.image !== null && isWindowsImage(base.image),
  };
}

export function lastOf(steps: Step[], keyword: string): Step | undefined {
  for (let i = steps.length - 1; i >= 0; i -= 1) {
    const step = steps[i];
    if (step?.keyword === keyword) return step;
  }
  return undefined;
}

export interface StartCommand {
  entrypoint: Step | null;
  cmd: Step | null;
  /** The shell a shell-form ENTRYPOINT or CMD runs under (Docker's default, or SHELL's). */
  shellFor: (step: Step) => string[];
}

/**
 * The effective ENTRYPOINT and CMD: the last of each, where an ENTRYPOINT set in a stage
 * clears a CMD inherited from the stage it is built on (Docker resets it with the base's).
 */
export function startCommand(final: FinalImage): StartCommand {
  let entrypoint: Step | null = null;
  let cmd: Step | null = null;
  let cmdStage = -1;
  let shell = final.windows ? ["cmd", "/S", "/C"] : ["/bin/sh", "-c"];
  const shells = new Map<Step, string[]>();
  for (const [position, stage] of final.chain.entries()) {
    for (const step of stage.steps) {
      if (step.keyword === "SHELL" && step.exec !== null && step.exec.length > 0) shell = step.exec;
      if (step.keyword === "ENTRYPOINT") {
        entrypoint = step;
        shells.set(step, shell);
        if (cmdStage < position) cmd = null;
      }
      if (step.keyword === "CMD") {
        cmd = step;
        cmdStage = position;
        shells.set(step, shell);
      }
    }
  }
  const fallback = shell;
  return { entrypoint, cmd, shellFor: (step) => shells.get(step) ?? fallback };
}

const WORDS = new WeakMap<Step, string[]>();
/** A real start command has a few dozen words; a pasted blob must not cost every reader its length. */
export const MAX_START_WORDS = 1_000;

/** The words of an ENTRYPOINT or CMD (exec items split too), computed once per instruction: several readers ask. */
export function startWords(step: Step): string[] {
  const known = WORDS.get(step);
  if (known !== undefined) return known;
  const words = (step.exec ?? [step.command]).flatMap((part) => shellWords(part, MAX_START_WORDS)).slice(0, MAX_START_WORDS);
  WORDS.set(step, words);
  return words;
}
