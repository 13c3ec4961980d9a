import { describe, expect, it } from "vitest";
import { tooBig, unrecognizedKeys } from "../check/words";
import { checkProgramme, DUPLICATE_MEMBER, MAX_PROGRAMME_MEMBERS, type Programme } from "./programme";

const programme: Programme = {
  id: "p1",
  name: "  Payments estate ",
  createdAt: "2026-01-01T00:00:00Z",
  updatedAt: "2026-01-02T00:00:00Z",
  contentVersion: "2026.12.5",
  answers: { "scope.breadth": "one-team", "scope.goals": ["consistency"] },
  members: [{ assessmentId: "a1", inherited: { "scope.breadth": "one-team" } }],
};

describe("checkProgramme", () => {
  it("accepts a programme and returns a copy with the name trimmed", () => {
    const checked = checkProgramme(programme);
    expect(checked).toEqual({ ok: true, value: { ...programme, name: "Payments estate" } });
    expect(checked.ok && checked.value.members).not.toBe(programme.members);
  });

  it("names the first problem and where it is", () => {
    expect(checkProgramme({ ...programme, name: " " })).toMatchObject({ ok: false, issue: { path: ["name"] } });
    expect(checkProgramme({ ...programme, members: {} })).toEqual({
      ok: false,
      issue: { path: ["members"], message: "Invalid input: expected array, received object" },
    });
    expect(checkProgramme({ ...programme, members: [{ assessmentId: "a1", inherited: {}, extra: 1 }] })).toEqual({
      ok: false,
      issue: { path: ["members", 0], message: unrecognizedKeys(["extra"]) },
    });
    expect(checkProgramme({ ...programme, members: [{ assessmentId: "a1", inherited: { q: { x: 1 } } }] })).toMatchObject({
      ok: false,
      issue: { path: ["members", 0, "inherited", "q"] },
    });
  });

  it("refuses the same assessment twice, and more members than the limit", () => {
    const twice = [...programme.members, { assessmentId: "a1", inherited: {} }];
    expect(checkProgramme({ ...programme, members: twice })).toEqual({
      ok: false,
      issue: { path: ["members", 1, "assessmentId"], message: DUPLICATE_MEMBER },
    });
    const many = Array.from({ length: MAX_PROGRAMME_MEMBERS + 1 }, (_, i) => ({ assessmentId: `a${i}`, inherited: {} }));
    expect(checkProgramme({ ...programme, members: many })).toEqual({
      ok: false,
      issue: { path: ["members"], message: tooBig("array", MAX_PROGRAMME_MEMBERS) },
    });
    expect(checkProgramme({ ...programme, members: many.slice(1) }).ok).toBe(true);
  });
});
