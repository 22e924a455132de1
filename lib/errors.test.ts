import { describe, expect, it } from "vitest";
import { z } from "zod";
import "@/lib/validations/zod-locale";
import { fieldErrorsOf } from "./errors";

describe("fieldErrorsOf", () => {
  it("keys messages by field path, in Indonesian", () => {
    const result = z.object({ visitor: z.object({ doses: z.number().min(0) }) }).safeParse({ visitor: { doses: -1 } });
    expect(fieldErrorsOf(result.error!.issues)).toEqual({
      "visitor.doses": ["Terlalu kecil: diharapkan number menjadi >=0"],
    });
  });

  it("names each unknown field (e.g. personal data) as its own key", () => {
    const result = z
      .strictObject({ visitor: z.strictObject({ age: z.number() }) })
      .safeParse({ nik: "3275", visitor: { age: 3, phone: "08" } });
    expect(fieldErrorsOf(result.error!.issues)).toEqual({
      nik: ["Kolom tidak dikenal: tidak diterima"],
      "visitor.phone": ["Kolom tidak dikenal: tidak diterima"],
    });
  });

  it("names fields called like Object.prototype members without throwing or polluting", () => {
    const result = z
      .strictObject({ id: z.string() })
      .safeParse(JSON.parse('{"id":"a","constructor":1,"toString":2,"__proto__":3}'));
    const errors = fieldErrorsOf(result.error!.issues);
    expect(JSON.parse(JSON.stringify(errors))).toEqual({
      constructor: ["Kolom tidak dikenal: tidak diterima"],
      toString: ["Kolom tidak dikenal: tidak diterima"],
      ["__proto__"]: ["Kolom tidak dikenal: tidak diterima"],
    });
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });
});
