/**
 * From text to the reader's model: dockerfile-ast finds the instructions (continuations,
 * heredocs, the escape directive); this file turns each into a plain Step, groups them into
 * stages and substitutes ARG/ENV values where Docker would. An instruction the parser cannot
 * give us is skipped with a note, so nothing here throws.
 */
import { DockerfileParser, PropertyInstruction, type Instruction } from "dockerfile-ast";
import { expand, expandFully, type Lookup } from "./expand";
import { parseImageName } from "./image-name";
import type { DockerfileModel, Pair, Stage, Step } from "./model";
import { displayText, execForm } from "./text";

const KEYWORDS = new Set([
  "ADD",
  "ARG",
  "CMD",
  "COPY",
  "ENTRYPOINT",
  "ENV",
  "EXPOSE",
  "FROM",
  "HEALTHCHECK",
  "LABEL",
  "MAINTAINER",
  "ONBUILD",
  "RUN",
  "SHELL",
  "STOPSIGNAL",
  "USER",
  "VOLUME",
  "WORKDIR",
]);
/**
 * Instructions whose arguments Docker expands with ARG/ENV values and a reader needs expanded
 * (RUN, CMD and the like leave it to the shell; ENV, ARG and LABEL expand per pair).
 */
const EXPANDS = new Set(["EXPOSE", "STOPSIGNAL", "USER", "VOLUME"]);
const WITH_FLAGS = new Set(["RUN", "FROM", "COPY", "ADD", "HEALTHCHECK"]);
const EXEC_FORMS = new Set(["CMD", "ENTRYPOINT", "RUN", "SHELL", "VOLUME"]);

type Values = Map<string, string | null>;

interface Scope {
  env: Values;
  args: Values;
}

export function buildModel(text: string): DockerfileModel {
  const notes: string[] = [];
  const model: DockerfileModel = { stages: [], globals: [], escape: "\\", notes };
  let instructions: Instruction[];
  try {
    const dockerfile = DockerfileParser.parse(text);
    model.escape = dockerfile.getEscapeCharacter() || "\\";
    instructions = dockerfile.getInstructions();
  } catch {
    notes.push("The parser could not read this file as a Dockerfile.");
    return model;
  }
  const globalArgs: Values = new Map();
  const lookupGlobal: Lookup = (name) => globalArgs.get(name);
  const scopes: Scope[] = [];
  for (const instruction of instructions) {
    let line = 0;
    try {
      line = instruction.getRange().start.line + 1;
      const stage = model.stages.at(-1);
      const scope = scopes.at(-1);
      const keyword = instruction.getKeyword();
      if (keyword === "FROM") {
        const step = readStep(instruction, model.escape, lookupGlobal);
        const started = startStage(step, model.stages, lookupGlobal, model.escape);
        model.stages.push(started);
        const parentScope = started.parent === null ? undefined : scopes[started.parent];
        scopes.push({ env: new Map(parentScope?.env ?? []), args: new Map() });
      } else if (stage === undefined || scope === undefined) {
        const step = readStep(instruction, model.escape, lookupGlobal);
        if (keyword === "ARG") {
          for (const pair of step.pairs) globalArgs.set(pair.name, pair.expanded);
          model.globals.push(step);
        } else if (KEYWORDS.has(keyword))
          notes.push(`line ${line}: ${keyword} comes before the first FROM, where Docker does not allow it.`);
        else notes.push(`line ${line}: "${displayText(keyword).slice(0, 40)}" is not a Dockerfile instruction.`);
      } else {
        const lookup: Lookup = (name) => (scope.env.has(name) ? scope.env.get(name) : scope.args.get(name));
        const step = readStep(instruction, model.escape, lookup);
        if (!KEYWORDS.has(keyword)) notes.push(`line ${line}: "${displayText(keyword).slice(0, 40)}" is not a Dockerfile instruction.`);
        remember(step, scope, globalArgs);
        stage.steps.push(step);
      }
    } catch {
      notes.push(`line ${line}: could not read this instruction.`);
    }
  }
  return model;
}

/** A FROM line opens a stage: its image, its `AS` name, and whether it builds on an earlier stage. */
function startStage(from: Step, earlier: Stage[], lookupGlobal: Lookup, escape: string): Stage {
  const index = earlier.length;
  const words = from.command.split(/\s+/).filter((word) => word !== "");
  const written = words[0] ?? "";
  const named = words[1]?.toUpperCase() === "AS" ? (words[2] ?? null) : null;
  const reference = expand(written, lookupGlobal, escape).text;
  const parent = earlier.findIndex((stage) => stage.name !== null && stage.name === reference.toLowerCase());
  const scratch = reference.toLowerCase() === "scratch";
  return {
    index,
    subject: named ?? `stage ${index + 1}`,
    name: named === null ? null : named.toLowerCase(),
    from,
    image: parent >= 0 || scratch ? null : parseImageName(reference, written),
    scratch,
    parent: parent >= 0 ? parent : null,
    steps: [],
  };
}

/** ARG and ENV values for the instructions that follow in the same stage. */
function remember(step: Step, scope: Scope, globalArgs: Values): void {
  if (step.keyword === "ENV") for (const pair of step.pairs) scope.env.set(pair.name, pair.expanded);
  if (step.keyword !== "ARG") return;
  for (const pair of step.pairs) {
    // `ARG NAME` inside a stage takes the global default, if there is one.
    const value = pair.value === null ? (globalArgs.get(pair.name) ?? null) : pair.expanded;
    scope.args.set(pair.name, value);
  }
}

function readStep(instruction: Instruction, escape: string, lookup: Lookup): Step {
  const keyword = instruction.getKeyword();
  const written = instruction.getInstruction();
  const full = instruction.getTextContent();
  const { command: joined, heredoc } = splitInstruction(full.replace(/^\s*\S+/, ""), escape);
  const { flags, command } = WITH_FLAGS.has(keyword) ? stripFlags(joined) : { flags: [], command: joined };
  const pairs = instruction instanceof PropertyInstruction ? readPairs(instruction, lookup, escape) : [];
  return {
    keyword,
    line: instruction.getRange().start.line + 1,
    text: displayText(`${written} ${flags.map((flag) => `--${flag} `).join("")}${command} ${heredoc}`),
    command,
    flags,
    heredoc,
    exec: EXEC_FORMS.has(keyword) ? execForm(command) : null,
    expanded: EXPANDS.has(keyword) ? expandFully(command, lookup, escape) : null,
    pairs,
  };
}

/** Join continuation lines (dropping comment and blank lines inside them, as Docker does); what follows is heredoc. */
function splitInstruction(rest: string, escape: string): { command: string; heredoc: string } {
  const lines = rest.split("\n");
  let command = "";
  let index = 0;
  for (; index < lines.length; index += 1) {
    const line = lines[index] ?? "";
    const trimmed = line.trim();
    if (index > 0 && (trimmed === "" || trimmed.startsWith("#"))) continue;
    const end = line.trimEnd();
    if (end.endsWith(escape)) {
      command += end.slice(0, -escape.length);
      continue;
    }
    command += line;
    index += 1;
    break;
  }
  return { command: command.trim(), heredoc: lines.slice(index).join("\n") };
}

const FLAG = /--(\S*)\s*/y;

function stripFlags(command: string): { flags: string[]; command: string } {
  const flags: string[] = [];
  let at = 0;
  FLAG.lastIndex = 0;
  for (let match = FLAG.exec(command); match !== null; match = FLAG.exec(command)) {
    flags.push(match[1] ?? "");
    at = FLAG.lastIndex;
  }
  return { flags, command: command.slice(at) };
}

function readPairs(instruction: PropertyInstruction, lookup: Lookup, escape: string): Pair[] {
  return instruction.getProperties().map((property) => {
    const value = property.getValue();
    // Single quotes keep `$` literal, as in the shell.
    const literal = property.getUnescapedValue()?.startsWith("'") ?? false;
    return {
      name: property.getName(),
      value,
      expanded: value === null ? null : literal ? value : expandFully(value, lookup, escape),
    };
  });
}
