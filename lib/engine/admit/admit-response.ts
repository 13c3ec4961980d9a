/**
 * The one way a team member's response enters: a response link (pasted as it came, with
 * or without "#", or as the whole address) or the file that holds one. The answers inside
 * are decoded by the result link's own decoder, so they get its checks and are carried
 * through the id history; the response is labelled with the current content version,
 * saying which version it was brought up from.
 */
import { isObject } from "../check/object";
import type { Questionnaire } from "../questionnaire";
import type { Codebook } from "../share/codebook";
import { decodeLink, type LinkErrorKind } from "../share/decode-link";
import type { IdHistory } from "../share/id-history";
import { RESPONSE_FILE_FORMAT, RESPONSE_FILE_FORMAT_VERSION, RESPONSE_FORMAT_VERSION, responseParts } from "../team/response-link";
import type { TeamResponse } from "../team/team-types";
import { hasVisibleText, visibleText } from "../visible-text";
import { upgradedFrom, type Upgraded } from "./upgraded";

type Content = Pick<Questionnaire, "version" | "questions" | "actions" | "risks">;
export type ResponseContext = { questionnaire: Content; history: IdHistory; codebooks: readonly Codebook[] };

export type AdmittedResponse =
  | ({
      ok: true;
      response: TeamResponse;
      /** The response link's fragment, as a facilitator keeps it (a file holds the same link). */
      fragment: string;
      unmapped: string[];
    } & Upgraded)
  | { ok: false; error: LinkErrorKind; detail: string };

/** EXPORT_FORMAT, written out: json-export.ts would bring zod along (a test keeps them equal). */
export const ASSESSMENT_FILE_FORMAT = "know-before-you-deploy/assessment";
/** A response file is a few hundred characters; anything past this is not one. */
export const MAX_RESPONSE_FILE_LENGTH = 100_000;

/** What follows the first "#", when there is one: a whole address, or the fragment with its "#". */
const fragmentOf = (text: string): string => {
  const hash = text.indexOf("#");
  return hash === -1 ? text : text.slice(hash + 1);
};

export function admitResponse(text: string, context: ResponseContext): AdmittedResponse {
  const parts = responseParts(fragmentOf(text.trim()));
  if (!parts.ok) return parts;
  const decoded = decodeLink(parts.link, context.codebooks, context.history, context.questionnaire);
  if (!decoded.ok) return decoded;
  const { name, assessor, updatedAt, contentVersion, answers } = decoded.assessment;
  // A blank name or respondent would show as nothing in the team's picture; the result
  // link's own check only trims spaces, so invisible characters are dropped here too.
  const shown = visibleText(name);
  if (!hasVisibleText(shown)) return { ok: false, error: "invalid", detail: "The response does not name the assessment it answers." };
  const respondent = visibleText(assessor ?? "");
  const current = context.questionnaire.version;
  const response: TeamResponse = {
    team: parts.team,
    name: shown,
    role: parts.role,
    ...(respondent ? { respondent } : {}),
    answeredOn: updatedAt,
    contentVersion: current,
    answers,
  };
  // The fragment as this app writes it, whatever surrounded it when pasted.
  const fragment = `r${RESPONSE_FORMAT_VERSION}.${parts.team}.${parts.role}.${parts.link}`;
  return { ok: true, response, fragment, unmapped: decoded.unmapped, ...upgradedFrom(contentVersion, current) };
}

const refuse = (error: LinkErrorKind, detail: string): AdmittedResponse => ({ ok: false, error, detail });

/** The file a respondent downloaded: the response link, wrapped in a small JSON object. */
export function admitResponseFile(text: string, context: ResponseContext): AdmittedResponse {
  if (text.length > MAX_RESPONSE_FILE_LENGTH)
    return refuse("oversized", `The file is ${Math.ceil(text.length / 1000)} KB; a response file is far smaller.`);
  if (text.trim().length === 0) return refuse("empty", "The file is empty.");
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch {
    return refuse("malformed", "The file is not a response file: it is not JSON.");
  }
  if (!isObject(parsed) || parsed.format !== RESPONSE_FILE_FORMAT) {
    return refuse(
      "malformed",
      isObject(parsed) && parsed.format === ASSESSMENT_FILE_FORMAT
        ? "The file is an exported assessment, not a team response: import it from the list of assessments."
        : "The file is not a response file from this app.",
    );
  }
  const version = parsed.formatVersion;
  if (typeof version === "number" && Number.isSafeInteger(version) && version > RESPONSE_FILE_FORMAT_VERSION)
    return refuse("newer-format", `The file uses response format ${version}; this app reads up to format ${RESPONSE_FILE_FORMAT_VERSION}.`);
  if (version !== RESPONSE_FILE_FORMAT_VERSION) return refuse("malformed", "The response file does not say which format it uses.");
  if (typeof parsed.link !== "string") return refuse("malformed", "The response file holds no response link.");
  const admitted = admitResponse(parsed.link, context);
  // The link's own words speak of "the link"; here the reader holds a file.
  return admitted.ok ? admitted : { ...admitted, detail: admitted.detail.replace(/^The (response )?link\b/, "The link in the file") };
}
