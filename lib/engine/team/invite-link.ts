/**
 * The invitation link: what goes after "/respond#" when a facilitator asks the team.
 *
 * Layout: `i1.<team>.<areas>.<name>[.<note>].<check>`
 * - `i1`: the format, so a later format is told from a broken link;
 * - `<team>`: the team id, TEAM_ID_LENGTH characters of [a-z0-9];
 * - `<areas>`: `all`, or the area ids joined by "~", each "." in an id written "_" (ids
 *   never hold "_", and "." is what separates the parts); content must never name an area "all";
 * - `<name>`, `<note>`: base64url of UTF-8, so any text travels in a fragment untouched;
 * - `<check>`: CRC-16 of everything before it, as four hex digits, so a link cut off or
 *   changed in chat says so instead of naming the wrong assessment.
 *
 * The link is readable text on purpose: no codebook, so an invitation made by one version
 * opens in the next. decodeInvite is the one way in: it never throws.
 */
import { NAME_MAX_LENGTH } from "../assessment";
import { codePointLength } from "../check/text";
import { decodeBase64Url, encodeBase64Url } from "../share/base64url";
import { crc16 } from "../share/crc16";
import { hasVisibleText, visibleText } from "../visible-text";
import { INVITE_NOTE_MAX_LENGTH, TEAM_ID_LENGTH, type Invitation } from "./team-types";

export const INVITE_FORMAT_VERSION = 1;
/** Beyond any real invitation (every area listed and four-byte characters throughout: about 1,100); refused before reading. */
export const MAX_INVITE_LENGTH = 2000;

export type InviteErrorKind = "empty" | "malformed" | "damaged" | "newer-format" | "oversized";
export type DecodedInvite = { ok: true; invitation: Invitation } | { ok: false; error: InviteErrorKind; detail: string };

const utf8Out = new TextEncoder();
const utf8In = new TextDecoder("utf-8", { fatal: true });
/** What a team id is; exported so the page that makes one and the tests agree. */
export const TEAM_ID = new RegExp(`^[a-z0-9]{${TEAM_ID_LENGTH}}$`);
/** Only these characters ever appear in an invitation link. */
const LINK_CHARACTERS = /^[A-Za-z0-9._~-]*$/;
const AREA_IN_LINK = /^[a-z0-9_-]+$/;

const text = (value: string): string => encodeBase64Url(utf8Out.encode(value));
const checksum = (body: string): string => crc16(utf8Out.encode(body)).toString(16).padStart(4, "0");

function readText(part: string): string | undefined {
  const bytes = decodeBase64Url(part);
  if (!bytes) return undefined;
  try {
    return utf8In.decode(bytes);
  } catch {
    return undefined;
  }
}

/**
 * The fragment for an invitation, written as given: the form that makes one checks the
 * name and note, and decodeInvite checks them again on the respondent's side. The name and
 * note lose invisible ends (they would only lengthen the link); a blank note is left out.
 */
export function encodeInvite(invitation: Invitation): string {
  const areas = invitation.areas === "all" ? "all" : invitation.areas.map((id) => id.replaceAll(".", "_")).join("~");
  const note = visibleText(invitation.note ?? "");
  const parts = [`i${INVITE_FORMAT_VERSION}`, invitation.team, areas, text(visibleText(invitation.name))];
  if (note) parts.push(text(note));
  const body = parts.join(".");
  return `${body}.${checksum(body)}`;
}

const refuse = (error: InviteErrorKind, detail: string): DecodedInvite => ({ ok: false, error, detail });

function readAreas(part: string, areaIds: readonly string[]): { areas: Invitation["areas"] } | { problem: string } {
  if (part === "all") return { areas: "all" };
  if (part === "") return { problem: "The invitation names no areas to answer." };
  const listed = part.split("~");
  if (listed.some((id) => !AREA_IN_LINK.test(id))) return { problem: "The invitation does not say clearly which areas to answer." };
  const ids = listed.map((id) => id.replaceAll("_", "."));
  const unknown = ids.find((id) => !areaIds.includes(id));
  if (unknown !== undefined) return { problem: `The invitation names an area this version does not have: ${unknown}.` };
  const twice = ids.find((id, index) => ids.indexOf(id) !== index);
  if (twice !== undefined) return { problem: `The invitation names the area ${twice} twice.` };
  const positions = ids.map((id) => areaIds.indexOf(id));
  if (positions.some((position, index) => index > 0 && position < (positions[index - 1] ?? 0)))
    return { problem: "The invitation lists its areas out of order, which this app never does." };
  return { areas: ids };
}

function readName(part: string): { name: string } | { problem: string } {
  const raw = readText(part);
  if (raw === undefined) return { problem: "The assessment's name in the invitation cannot be read." };
  const name = visibleText(raw);
  if (!hasVisibleText(name)) return { problem: "The invitation does not name the assessment it is for." };
  if (codePointLength(name) > NAME_MAX_LENGTH)
    return { problem: `The assessment's name in the invitation is longer than ${NAME_MAX_LENGTH} characters.` };
  return { name };
}

function readNote(part: string | undefined): { note: string | undefined } | { problem: string } {
  if (part === undefined) return { note: undefined };
  const raw = readText(part);
  if (raw === undefined) return { problem: "The note in the invitation cannot be read." };
  const note = visibleText(raw);
  if (codePointLength(note) > INVITE_NOTE_MAX_LENGTH)
    return { problem: `The note in the invitation is longer than ${INVITE_NOTE_MAX_LENGTH} characters.` };
  return { note: note || undefined };
}

/** `areaIds`: the questionnaire's area ids, in order. Accepts the fragment with or without its "#". */
export function decodeInvite(fragment: string, areaIds: readonly string[]): DecodedInvite {
  const link = fragment.trim().replace(/^#/, "");
  if (link.length === 0) return refuse("empty", "The invitation link has nothing after “#”.");
  if (link.length > MAX_INVITE_LENGTH)
    return refuse("oversized", `The invitation link is ${link.length} characters long; no invitation is that long.`);
  if (!LINK_CHARACTERS.test(link)) return refuse("malformed", "The link contains characters an invitation link never has.");
  const format = /^i(\d+)\./.exec(link);
  if (!format) return refuse("malformed", "The link does not start like an invitation link.");
  const version = Number(format[1]);
  // Checked before the checksum: a later format may check itself differently.
  if (version > INVITE_FORMAT_VERSION)
    return refuse("newer-format", `The invitation uses format ${version}; this app reads up to format ${INVITE_FORMAT_VERSION}.`);
  if (format[1] !== String(INVITE_FORMAT_VERSION)) return refuse("malformed", "The link does not start like an invitation link.");

  const cut = link.lastIndexOf(".");
  const body = link.slice(0, cut);
  const check = link.slice(cut + 1);
  if (!/^[0-9a-f]{4}$/.test(check) || body.split(".").length < 4)
    return refuse("damaged", "The invitation link is incomplete: it may have been cut off.");
  if (checksum(body) !== check) return refuse("damaged", "The invitation link does not add up: part of it is missing or has been changed.");

  const [, team = "", areasPart = "", namePart = "", notePart, ...extra] = body.split(".");
  if (extra.length > 0) return refuse("malformed", "The invitation link has more parts than an invitation has.");
  if (!TEAM_ID.test(team)) return refuse("malformed", "The invitation does not say which team's assessment it belongs to.");
  const areas = readAreas(areasPart, areaIds);
  if ("problem" in areas) return refuse("malformed", areas.problem);
  const name = readName(namePart);
  if ("problem" in name) return refuse("malformed", name.problem);
  const note = readNote(notePart);
  if ("problem" in note) return refuse("malformed", note.problem);
  return { ok: true, invitation: { team, name: name.name, areas: areas.areas, ...(note.note ? { note: note.note } : {}) } };
}
