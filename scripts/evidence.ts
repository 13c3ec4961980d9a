/**
 * `npm run evidence -- [--json] FILE…`: reads Dockerfiles, Compose files and Kubernetes
 * YAML with the same engine code as the browser, and prints the facts and the answers they
 * propose. A file it cannot read gets a one-line reason and the exit status is 1; a usage
 * mistake exits 2. Nothing is sent anywhere.
 */
import { readFileSync, statSync } from "node:fs";
import { basename } from "node:path";
import { questionnaire } from "@/content/questionnaire";
import { EVIDENCE_LIMITS, oversizedReason, readEvidence, type ArtefactInput, type ReadArtefact } from "@/lib/engine";
import { evidenceReport, reportJson, reportText } from "./evidence-report";

process.stdout.on("error", (error: NodeJS.ErrnoException) => {
  if (error.code === "EPIPE") process.exit(0);
  throw error;
});

const args = process.argv.slice(2);
const json = args.includes("--json");
const paths = args.filter((arg) => arg !== "--json" && arg !== "--");
const unknownFlag = paths.find((path) => path.startsWith("-"));

if (paths.length === 0 || unknownFlag) {
  console.error(unknownFlag ? `Unknown option ${unknownFlag}.` : "Give at least one file.");
  console.error("Usage: npm run evidence -- [--json] Dockerfile compose.yaml k8s/*.yaml");
  process.exit(2);
}

/** Reads a file as text, or says in one line why not (missing, a folder, too large to read). */
function load(path: string): ArtefactInput | ReadArtefact {
  const name = basename(path);
  try {
    const stat = statSync(path);
    if (stat.isDirectory()) return { ok: false, name: path, reason: "It is a folder; give the files in it." };
    // Refused before reading, so a 10 GB accident costs nothing; the reader states the same limit.
    if (stat.size > EVIDENCE_LIMITS.fileBytes * 4) return { ok: false, name: path, reason: oversizedReason(stat.size) };
    return { name: paths.filter((other) => basename(other) === name).length > 1 ? path : name, text: readFileSync(path, "utf8") };
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    return {
      ok: false,
      name: path,
      reason:
        code === "ENOENT"
          ? "There is no such file."
          : code === "EACCES"
            ? "It cannot be opened (permission denied)."
            : "It could not be opened.",
    };
  }
}

async function main(): Promise<number> {
  const loaded = paths.map(load);
  const inputs = loaded.filter((entry): entry is ArtefactInput => !("ok" in entry));
  const read = await readEvidence(inputs);
  // Back in the order given: a file refused before reading keeps its place.
  let next = 0;
  const missing = (name: string): ReadArtefact => ({ ok: false, name, reason: "It was not read." });
  const inOrder = loaded.map((entry): ReadArtefact => ("ok" in entry ? entry : (read[next++] ?? missing(entry.name))));
  const report = await evidenceReport(questionnaire, inOrder);
  process.stdout.write(json ? reportJson(questionnaire, report) : reportText(questionnaire, report));
  // One line per file it could not read, on stderr, so a CI log shows it beside the exit status.
  for (const { file, reason } of report.unreadable) console.error(`${file}: not read. ${reason}`);
  return report.unreadable.length > 0 ? 1 : 0;
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(`evidence: ${error instanceof Error ? error.message : String(error)}`);
    process.exit(1);
  },
);
