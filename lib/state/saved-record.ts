/**
 * The saved form of one assessment, and the migrations that bring an older saved form up
 * to date. Each record carries its own version, so one old or broken record never holds
 * the others back.
 */
import "@/lib/engine/zod-config";
import { z } from "zod";
import { assessmentSchema, type Assessment } from "@/lib/engine/assessment";

export const RECORD_VERSION = 1;

export type Migration = (record: Record<string, unknown>) => Record<string, unknown>;

/**
 * MIGRATIONS[n] turns a version-n record into a version-(n+1) record. Version 1 is the
 * first saved form, so the list is empty; a future change of shape adds a step here and
 * raises RECORD_VERSION, and old records keep opening.
 */
export const MIGRATIONS: readonly Migration[] = [];

const envelopeSchema = z.object({ version: z.number().int().min(0) }).loose();

export type ReadResult =
  | { ok: true; assessment: Assessment; migrated: boolean }
  | { ok: false; reason: string };

export function readRecord(
  raw: string,
  migrations: readonly Migration[] = MIGRATIONS,
  currentVersion: number = RECORD_VERSION,
): ReadResult {
  let parsed: unknown;
  try {
    parsed = JSON.parse(raw);
  } catch {
    return { ok: false, reason: "it is not valid JSON" };
  }
  const envelope = envelopeSchema.safeParse(parsed);
  if (!envelope.success) return { ok: false, reason: "it has no version number" };
  let record: Record<string, unknown> = envelope.data;
  const from = envelope.data.version;
  if (from > currentVersion) return { ok: false, reason: `it was saved by a newer version of this app (format ${from})` };
  for (let version = from; version < currentVersion; version += 1) {
    const step = migrations[version];
    if (!step) return { ok: false, reason: `there is no way to update format ${version}` };
    record = { ...step(record), version: version + 1 };
  }
  const assessment = assessmentSchema.safeParse(record.assessment);
  if (!assessment.success) {
    const first = assessment.error.issues[0];
    return { ok: false, reason: `its ${first?.path.join(".") || "content"} is not valid (${first?.message ?? "unknown"})` };
  }
  return { ok: true, assessment: assessment.data, migrated: from !== currentVersion };
}

export function writeRecord(assessment: Assessment): string {
  return JSON.stringify({ version: RECORD_VERSION, assessment });
}
