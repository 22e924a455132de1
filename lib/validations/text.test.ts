import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { freeText, identifier, personalNumberIn, plainText, wholeNumber } from "./text";

describe("personalNumberIn", () => {
  it.each([
    ["NIK 3275012345678901", "NIK"],
    ["nik: 3275 0123 4567 8901", "NIK"],
    ["hubungi 081234567890", "PHONE"],
    ["WA +62 812-3456-7890", "PHONE"],
    ["0812 3456 78", "PHONE"],
    ["telp (021) 8841-23456", "PHONE"],
  ])("finds the personal number in %s", (text, kind) => expect(personalNumberIn(text)).toBe(kind));

  it.each([
    "Jl. Ahmad Yani No. 1, RT 003/RW 012",
    "Senin–Jumat 08.00–15.00",
    "Loket 2, lantai 3",
    "Kantor Samsat Bekasi 2021",
  ])("lets an office text through: %s", (text) => expect(personalNumberIn(text)).toBeNull());

  it("finds any 16-digit number however it is split by spaces or dashes", () => {
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: 0, max: 9 }), { minLength: 16, maxLength: 16 }),
        fc.constantFrom(" ", "-", "", "."),
        (digits, sep) => {
          const text = `catatan ${digits
            .join("")
            .match(/.{1,4}/g)!
            .join(sep)} selesai`;
          expect(personalNumberIn(text)).toBe("NIK");
        },
      ),
    );
  });
});

describe("identifier", () => {
  const id = identifier("id", { max: 64 });
  it.each([
    "pos-3a8f1234567890ab3a8f1234567890ab",
    "550e8400-e29b-41d4-a716-446655440000",
    "scan-1643789456123",
    "DISDUK-001-000123",
    "late-dec-1764974083123-100",
    "1764974083123-100",
    "scan 2022-02-10 0001 0002",
  ])("accepts a device-made id such as %s", (value) => expect(id.safeParse(value).success).toBe(true));

  it("refuses every NIK a generator of valid NIKs makes, however its digits are split", () => {
    const two = (n: number) => String(n).padStart(2, "0");
    fc.assert(
      fc.property(
        fc.constantFrom(11, 32, 36, 51, 94),
        fc.integer({ min: 1, max: 79 }),
        fc.integer({ min: 1, max: 40 }),
        fc.integer({ min: 1, max: 28 }),
        fc.boolean(),
        fc.integer({ min: 1, max: 12 }),
        fc.integer({ min: 0, max: 99 }),
        fc.integer({ min: 1, max: 9999 }),
        fc.constantFrom("", " ", "-", "."),
        (province, regency, kecamatan, day, woman, month, year, serial, sep) => {
          const nik = `${two(province)}${two(regency)}${two(kecamatan)}${two(woman ? day + 40 : day)}${two(month)}${two(year)}${String(serial).padStart(4, "0")}`;
          expect(id.safeParse(`id-${nik.match(/.{4}/g)!.join(sep)}`).success, nik).toBe(false);
        },
      ),
    );
  });
  it.each([
    "3275014512900001",
    "nik-3275014512900001",
    "3275 0145 1290 0001",
    "kunjungan 3275-0145-1290-0001",
    "081234567890",
    "+62 812 3456 7890",
  ])("refuses %s", (value) => {
    expect(id.safeParse(value).success).toBe(false);
  });
});

describe("plainText and freeText", () => {
  const note = freeText("Catatan", { max: 500, multiline: true });
  it("refuses a NUL byte and other control characters, naming the field", () => {
    const result = plainText("Nama", { max: 50 }).safeParse("Kantor\u0000A");
    expect(result.success).toBe(false);
    expect(result.error!.issues[0].message).toContain("Nama");
  });
  it("refuses half a surrogate pair, keeps emoji", () => {
    expect(plainText("Nama", { max: 50 }).safeParse("a\uD800b").success).toBe(false);
    expect(plainText("Nama", { max: 50 }).safeParse("Loket 😷").success).toBe(true);
  });
  it("keeps line breaks only where text may span lines", () => {
    expect(note.safeParse("baris 1\nbaris 2").success).toBe(true);
    expect(plainText("Nama", { max: 50 }).safeParse("a\nb").success).toBe(false);
  });
  it("refuses NIK and phone numbers with a clear message", () => {
    const result = note.safeParse("Pengunjung 3275012345678901 marah");
    expect(result.error!.issues[0].message).toBe(
      "Catatan tidak boleh memuat NIK atau nomor 16 digit: SIGAP hanya menyimpan data anonim",
    );
    expect(note.safeParse("hubungi 0812-3456-7890").error!.issues[0].message).toContain("nomor telepon");
  });
});

describe("wholeNumber", () => {
  const count = wholeNumber("Diperiksa", { max: 100_000 });
  it.each(["", "0x10", "1e3", "1.5", "-1", "12a", " "])("refuses %j instead of guessing a number", (value) => {
    expect(count.safeParse(value).success).toBe(false);
  });
  it("takes digits and numbers", () => {
    expect(count.parse("12")).toBe(12);
    expect(count.parse(" 7 ")).toBe(7);
    expect(count.parse(3)).toBe(3);
  });
  it("says blank is missing, not zero", () => {
    expect(count.safeParse("").error!.issues[0].message).toBe("Diperiksa wajib diisi");
  });
});
