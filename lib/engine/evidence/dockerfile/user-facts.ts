/**
 * The user the final image runs as, and whether its entrypoint steps down from root.
 * Only the final image counts: a USER in a stage the final stage is not built FROM is
 * thrown away with that stage.
 */
import { baseImageUser } from "./base-images";
import { state, type ReadContext } from "./context";
import { lastOf, startCommand, startWords } from "./final-image";
import type { Step } from "./model";
import { isScriptName, scriptLookup, STEP_DOWN } from "./scripts";

const INSTALLS_STEP_DOWN = /\b(gosu|su-exec)\b/;

interface StepDown {
  step: Step;
  tool: string;
  note: string;
}

export function userFacts(context: ReadContext): void {
  const { final } = context;
  const stepDown = findStepDown(context);
  if (stepDown !== null) state(context, "user-step-down", "present", stepDown.step, stepDown.note);
  const user = lastOf(final.steps, "USER");
  if (user === undefined) noteDroppedUsers(context);
  if (user !== undefined && user.expanded !== "") {
    userLine(context, user, stepDown);
    return;
  }
  if (final.base.scratch) {
    state(
      context,
      "image-user",
      "root",
      final.base.from,
      "The final stage is FROM scratch and sets no USER: the process runs as uid 0 (root).",
    );
    return;
  }
  if (stepDown !== null) {
    state(
      context,
      "image-user",
      "undetermined",
      stepDown.step,
      `The final stage sets no USER and steps down with ${stepDown.tool}: it starts as root; the runtime user is undetermined from the Dockerfile alone.`,
    );
    return;
  }
  const image = final.base.image;
  if (image === null) return;
  const known = baseImageUser(image);
  state(context, "image-user", known.kind === "root" ? "root" : "undetermined", final.base.from, known.note);
}

function userLine(context: ReadContext, user: Step, stepDown: StepDown | null): void {
  if (user.expanded === null) {
    state(
      context,
      "image-user",
      "undetermined",
      user,
      `${user.text} depends on a build argument with no default, so the user is undetermined.`,
    );
    return;
  }
  const name = (user.expanded.trim().split(":")[0] ?? "").trim();
  if (!isRoot(name)) {
    state(context, "image-user", "non-root", user, `USER ${name}: the final image runs as a non-root user.`);
    return;
  }
  if (stepDown !== null) {
    state(
      context,
      "image-user",
      "undetermined",
      user,
      `USER ${name} and a step-down with ${stepDown.tool}: it starts as root; the runtime user is undetermined from the Dockerfile alone.`,
    );
    return;
  }
  const windows = /administrator/i.test(name);
  state(
    context,
    "image-user",
    "root",
    user,
    windows ? `USER ${name}: an administrator in the Windows container.` : `USER ${name}: the final image runs as root.`,
  );
}

/** root, uid 0 (`0`, `0:0`, `root:root`), and Windows' administrators. */
export function isRoot(name: string): boolean {
  const lower = name.toLowerCase();
  return name === "root" || /^0+$/.test(name) || lower === "containeradministrator" || lower === "administrator";
}

function findStepDown(context: ReadContext): StepDown | null {
  const { final } = context;
  const start = startCommand(final);
  const starters = [start.entrypoint, start.cmd].filter((step): step is Step => step !== null);
  for (const step of starters) {
    const words = (step.exec ?? [step.command]).join(" ");
    const match = STEP_DOWN.exec(words);
    if (match !== null)
      return { step, tool: match[0], note: `${step.keyword} runs ${match[0]}: the process starts as root and switches user.` };
  }
  const scripts = scriptLookup(final.steps);
  const words = starters.flatMap((step) => startWords(step));
  for (const word of words) {
    const seen = scripts(word);
    const match = seen === null ? null : STEP_DOWN.exec(seen.step.heredoc);
    if (seen !== null && match !== null) {
      return {
        step: seen.step,
        tool: match[0],
        note: `The entrypoint script written here runs ${match[0]}: it starts as root and switches user.`,
      };
    }
  }
  // gosu installed for an entrypoint script (or a CMD inherited from the base) to use.
  const script = words.find((word) => isScriptName(word));
  if (starters.length > 0 && script === undefined) {
    const installed = final.steps.find((step) => isInstaller(step));
    if (installed !== undefined) {
      context.notes.push(`line ${installed.line}: gosu or su-exec is installed, but ENTRYPOINT and CMD do not use it.`);
    }
    return null;
  }
  const installed = final.steps.find((step) => isInstaller(step));
  if (installed === undefined) return null;
  const tool = INSTALLS_STEP_DOWN.exec(`${installed.command}\n${installed.heredoc}`)?.[0] ?? "gosu";
  const runner = script === undefined ? "the base image's entrypoint" : `the entrypoint script ${script}`;
  return { step: installed, tool, note: `${tool} is installed here for ${runner}, which starts as root and can switch user.` };
}

function isInstaller(step: Step): boolean {
  if (step.keyword !== "RUN" && step.keyword !== "COPY" && step.keyword !== "ADD") return false;
  return INSTALLS_STEP_DOWN.test(`${step.command}\n${step.heredoc}`);
}

/** A USER in a stage the final image is not built on does not carry over: say so, since it is a common surprise. */
function noteDroppedUsers(context: ReadContext): void {
  const inChain = new Set(context.final.chain.map((stage) => stage.index));
  for (const stage of context.model.stages) {
    if (inChain.has(stage.index)) continue;
    const user = lastOf(stage.steps, "USER");
    if (user === undefined) continue;
    context.notes.push(
      `line ${user.line}: ${user.text} is set in stage ${stage.subject}, but the final stage starts FROM another image, so it does not apply there.`,
    );
  }
}
