/** What every fact reader gets, and the one way they state a fact. */
import type { Fact, FactId, FactValue } from "../facts";
import type { FinalImage } from "./final-image";
import type { DockerfileModel, Step } from "./model";

export interface ReadContext {
  file: string;
  model: DockerfileModel;
  final: FinalImage;
  facts: Fact[];
  notes: string[];
}

export interface StateOptions {
  /** Defaults to the final stage. */
  subject?: string;
  /** Replaces the instruction's text (to hide a secret's value). */
  text?: string;
}

export function state<Id extends FactId>(
  context: ReadContext,
  id: Id,
  value: FactValue<Id>,
  step: Step,
  note: string,
  options: StateOptions = {},
): void {
  const fact = {
    id,
    value,
    subject: options.subject ?? context.final.subject,
    source: { file: context.file, line: step.line, text: options.text ?? step.text },
    note,
  } as Fact;
  context.facts.push(fact);
}
