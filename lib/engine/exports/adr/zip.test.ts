/**
 * The ZIP writer, read back three ways: by a reader written from the specification
 * (read-zip.ts; always, so no machine runs this test for nothing), and, where they are
 * installed, by Info-ZIP's `unzip -t` and Python's zipfile.
 */
import { execFileSync } from "node:child_process";
import { existsSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { readZip, slowCrc32 } from "./read-zip";
import { crc32, dosDateTime, zip, type ZipEntry } from "./zip";

const utf8 = new TextEncoder();
const ENTRIES: ZipEntry[] = [
  { name: "decisions/index.md", data: utf8.encode("# Risk decisions\n\n| a | b |\n") },
  { name: "decisions/0001-accept-the-risk-données-perdues.md", data: utf8.encode("---\nstatus: accepted\n---\n\n# Ça va 👩‍💻\n") },
  { name: "empty.txt", data: new Uint8Array(0) },
  { name: "binary.bin", data: Uint8Array.from({ length: 70_000 }, (_, i) => (i * 31 + (i >> 8)) & 0xff) },
];
// 14:37:51 on 2026-12-01, as the wall clock shows it: seconds go in two-second steps.
const MODIFIED = new Date(Date.UTC(2026, 11, 1, 14, 37, 51));
const bytes = zip(ENTRIES, MODIFIED);

describe("crc32", () => {
  it("gives the check value of the standard and agrees with a bit-by-bit CRC", () => {
    expect(crc32(utf8.encode("123456789"))).toBe(0xcbf43926);
    expect(crc32(new Uint8Array(0))).toBe(0);
    for (const entry of ENTRIES) expect(crc32(entry.data)).toBe(slowCrc32(entry.data));
  });
});

describe("zip, read back by a reader written from the specification", () => {
  const read = readZip(bytes);

  it("holds every file, in order, byte for byte, stored uncompressed", () => {
    expect(read.map((entry) => entry.name)).toEqual(ENTRIES.map((entry) => entry.name));
    read.forEach((entry, i) => {
      expect(entry.method).toBe(0);
      expect([...entry.data]).toEqual([...(ENTRIES[i]?.data ?? [])]);
    });
  });

  it("marks names as UTF-8 and dates every file with the wall-clock time given", () => {
    for (const entry of read) {
      expect(entry.flags & 0x0800).toBe(0x0800);
      expect(entry.date).toBe(((2026 - 1980) << 9) | (12 << 5) | 1);
      expect(entry.time).toBe((14 << 11) | (37 << 5) | 25);
    }
  });

  it("is caught out by a damaged byte", () => {
    const damaged = bytes.slice();
    // Inside the first file's data: 30 bytes of local header, then its 18-byte name.
    damaged[50] = (damaged[50] ?? 0) ^ 1;
    expect(() => readZip(damaged)).toThrow(/CRC of decisions\/index.md/);
  });

  it("writes an empty archive as just the end record", () => {
    expect(readZip(zip([], MODIFIED))).toEqual([]);
    expect(zip([], MODIFIED)).toHaveLength(22);
  });
});

describe("dosDateTime", () => {
  it("clamps to the range a ZIP can hold", () => {
    expect(dosDateTime(new Date(Date.UTC(1970, 0, 1)))).toEqual({ time: 0, date: (1 << 5) | 1 });
    expect(dosDateTime(new Date(Date.UTC(2200, 0, 1))).date).toBe((127 << 9) | (12 << 5) | 31);
  });
});

describe("zip refuses what it cannot write safely", () => {
  it.each(["", "/etc/passwd", "../up.md", "a/../../b", "a\\b.md", "C:/x.md", "a//b", "./a"])("the name %j", (name) => {
    expect(() => zip([{ name, data: new Uint8Array(0) }], MODIFIED)).toThrow(/Not a safe name/);
  });

  it("two files of the same name", () => {
    const entry = { name: "a.md", data: new Uint8Array(0) };
    expect(() => zip([entry, entry], MODIFIED)).toThrow(/Two files named/);
  });
});

describe("zip, read back by other tools where installed", () => {
  const dir = mkdtempSync(join(tmpdir(), "adr-zip-"));
  const file = join(dir, "test.zip");
  writeFileSync(file, bytes);
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it.runIf(existsSync("/usr/bin/unzip"))("passes unzip -t", () => {
    const output = execFileSync("/usr/bin/unzip", ["-t", file], { encoding: "utf8" });
    expect(output).toMatch(/No errors detected/);
  });

  const python = ["/usr/bin/python3", "/usr/local/bin/python3"].find((path) => existsSync(path));
  it.runIf(python !== undefined)("reads in Python's zipfile with the same names, contents and time", () => {
    const script = [
      "import json, sys, zipfile",
      "z = zipfile.ZipFile(sys.argv[1])",
      "assert z.testzip() is None",
      "print(json.dumps([[i.filename, i.file_size, list(i.date_time), z.read(i).decode('latin-1')[:40]] for i in z.infolist()]))",
    ].join("\n");
    const listed: unknown = JSON.parse(execFileSync(python ?? "python3", ["-c", script, file], { encoding: "utf8" }));
    expect(listed).toEqual(
      ENTRIES.map((entry) => [
        entry.name,
        entry.data.length,
        [2026, 12, 1, 14, 37, 50],
        String.fromCharCode(...entry.data.subarray(0, 40)),
      ]),
    );
  });
});
