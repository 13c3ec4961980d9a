/**
 * Collecting facts and notes as a reader goes: each fact at most once per subject (the first
 * line that shows it is the one cited), each note once.
 */
import type { Fact, FactId, FactValue, Source } from "../facts";
import type { YamlDocument, YamlPath } from "./parse-yaml";

export class FactSink {
  readonly facts: Fact[] = [];
  readonly notes: string[] = [];
  private readonly seen = new Set<string>();
  private readonly noted = new Set<string>();

  add<Id extends FactId>(id: Id, value: FactValue<Id>, subject: string, source: Source, note: string): void {
    const key = `${id}\u0000${value}\u0000${subject}`;
    if (this.seen.has(key)) return;
    this.seen.add(key);
    // The union of fact shapes cannot be built from a generic id; the signature keeps id and value paired.
    this.facts.push({ id, value, subject, source, note } as Fact);
  }

  note(text: string): void {
    if (this.noted.has(text)) return;
    this.noted.add(text);
    this.notes.push(text);
  }

  result(): { facts: Fact[]; notes: string[] } {
    return { facts: this.facts, notes: this.notes };
  }
}

/** Sources within one document, under a path prefix (a List item, a service, a container). */
export class Place {
  constructor(
    readonly file: string,
    readonly doc: YamlDocument,
    readonly prefix: YamlPath = [],
  ) {}

  at(path: YamlPath = []): Source {
    const line = this.doc.lineOf([...this.prefix, ...path]);
    return { file: this.file, line, text: this.doc.lineText(line) };
  }

  within(path: YamlPath): Place {
    return new Place(this.file, this.doc, [...this.prefix, ...path]);
  }
}

/** A source whose line shows a secret value: the value is masked so the report never repeats it. */
export function masked(source: Source, secret: string): Source {
  if (secret === "") return source;
  const at = source.text.lastIndexOf(secret);
  if (at >= 0) return { ...source, text: `${source.text.slice(0, at)}********${source.text.slice(at + secret.length)}` };
  // Not found whole (a cut line, a folded scalar): keep only what comes before the value.
  const cut = source.text.search(/[:=]/);
  return { ...source, text: cut < 0 ? "********" : `${source.text.slice(0, cut + 1)} ********` };
}
