/**
 * The response link: what goes after "/team#" when a respondent sends their answers back,
 * and the file that holds the very same link.
 *
 * Layout: `r1.<team>.<role>.<result link>`. The answers travel as a result link (name,
 * respondent as its assessor, the day, the answers, no decisions), so they get its
 * codebook, its checksum and, on the way in, its careful decoding and id-history upgrade;
 * this layer only says whose team and which role. The two sit outside that checksum: a link
 * cut off loses its end, which the checksum catches, and a role edited by hand to another
 * role is still someone's honest answer set. admitResponse is the one way in.
 */
import { MAX_TEXT_BYTES, MAX_LINK_LENGTH } from "../share/shared-assessment";
import { decodeBase64Url } from "../share/base64url";
import { BitReader } from "../share/bits";
import type { Codebook } from "../share/codebook";
import { encodeLink } from "../share/encode-link";
import type { LinkErrorKind } from "../share/decode-link";
import { safeFileStem } from "../exports/file-name";
import { visibleText } from "../visible-text";
import { TEAM_ID } from "./invite-link";
import { TEAM_ROLES, type TeamResponse, type TeamRole } from "./team-types";

export const RESPONSE_FORMAT_VERSION = 1;
/** The result link inside, at its longest, and the few characters around it. */
export const MAX_RESPONSE_LENGTH = MAX_LINK_LENGTH + 32;
export const RESPONSE_FILE_FORMAT = "know-before-you-deploy/team-response";
export const RESPONSE_FILE_FORMAT_VERSION = 1;

export function encodeResponse(response: TeamResponse, codebook: Codebook, codebookIndex: number): string {
  const respondent = visibleText(response.respondent ?? "");
  const answers = encodeLink(
    {
      name: visibleText(response.name),
      ...(respondent ? { assessor: respondent } : {}),
      updatedAt: response.answeredOn,
      contentVersion: response.contentVersion,
      answers: response.answers,
      decisions: {},
    },
    codebook,
    codebookIndex,
  );
  return `r${RESPONSE_FORMAT_VERSION}.${response.team}.${response.role}.${answers}`;
}

export type ResponseParts = { ok: true; team: string; role: TeamRole; link: string } | { ok: false; error: LinkErrorKind; detail: string };

const isRole = (value: string): value is TeamRole => TEAM_ROLES.some((role) => role === value);
const refuse = (error: LinkErrorKind, detail: string): ResponseParts => ({ ok: false, error, detail });

/** The parts around the answers, checked; the answers themselves are left to decodeLink. */
export function responseParts(fragment: string): ResponseParts {
  const link = fragment.trim();
  if (link.length === 0) return refuse("empty", "The response link has nothing after “#”.");
  if (link.length > MAX_RESPONSE_LENGTH)
    return refuse("oversized", `The response link is ${link.length} characters long; no response is that long.`);
  if (!/^[A-Za-z0-9._-]*$/.test(link)) return refuse("malformed", "The link contains characters a response link never has.");
  const format = /^r(\d+)\./.exec(link);
  if (!format) return refuse("malformed", "The link does not start like a response link.");
  const version = Number(format[1]);
  if (version > RESPONSE_FORMAT_VERSION)
    return refuse("newer-format", `The response uses format ${version}; this app reads up to format ${RESPONSE_FORMAT_VERSION}.`);
  if (format[1] !== String(RESPONSE_FORMAT_VERSION)) return refuse("malformed", "The link does not start like a response link.");
  const parts = link.split(".");
  if (parts.length < 4 || parts[3] === "") return refuse("damaged", "The response link is incomplete: it may have been cut off.");
  if (parts.length > 4) return refuse("malformed", "The response link has more parts than a response has.");
  const [, team = "", role = "", answers = ""] = parts;
  if (!TEAM_ID.test(team)) return refuse("malformed", "The response does not say which team's assessment it belongs to.");
  if (!isRole(role))
    return refuse(
      "malformed",
      /^[a-z-]{1,30}$/.test(role)
        ? `The response names a role this app does not know: ${role}.`
        : "The response does not say which role answered.",
    );
  return { ok: true, team, role, link: answers };
}

const utf8 = new TextDecoder("utf-8", { fatal: true });

/** The assessment's name as the result link inside carries it (no codebook needed: it comes first). */
function nameIn(link: string): string | undefined {
  const bytes = decodeBase64Url(link);
  if (!bytes) return undefined;
  const reader = new BitReader(bytes);
  reader.read(4);
  reader.readVarint();
  reader.readVarint();
  const name = reader.readBytes(MAX_TEXT_BYTES);
  if (reader.overrun) return undefined;
  try {
    return utf8.decode(name);
  } catch {
    return undefined;
  }
}

/**
 * The file a respondent downloads instead of, or beside, sending the link: it holds the
 * link itself, so both are read by the same code and say the same.
 * "payments-api-response-operations.json".
 */
export function responseFile(fragment: string): { fileName: string; text: string } {
  const parts = responseParts(fragment);
  const name = parts.ok ? nameIn(parts.link) : undefined;
  const stem = `${safeFileStem(name ?? "")}-response${parts.ok ? `-${parts.role}` : ""}`;
  const text = JSON.stringify(
    { format: RESPONSE_FILE_FORMAT, formatVersion: RESPONSE_FILE_FORMAT_VERSION, link: fragment.trim() },
    null,
    2,
  );
  return { fileName: `${stem}.json`, text: `${text}\n` };
}
