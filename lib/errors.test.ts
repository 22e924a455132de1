import { describe, expect, it } from "vitest";
import { z } from "zod";
import "@/lib/validations/zod-locale";
import { fieldErrorsOf } from "./errors";

describe("fieldErrorsOf", () => {
  it("keys messages by field path, in Indonesian", () => {
    const result = z.object({ visitor: z.object({ doses: z.number().min(0) }) }).safeParse({ visitor: { doses: -1 } });
    expect(fieldErrorsOf(result.error!.issues)).toEqual({ "visitor.doses": ["Terlalu kecil: diharapkan number menjadi >=0"] });
  });

  it("names each unknown field (e.g. personal data) as its own key", () => {
    const result = z.strictObject({ visitor: z.strictObject({ age: z.number() }) }).safeParse({ nik: "3275", visitor: { age: 3, phone: "08" } });
    expect(fieldErrorsOf(result.error!.issues)).toEqual({
      nik: ["Kolom tidak dikenal: tidak diterima"],
      "visitor.phone": ["Kolom tidak dikenal: tidak diterima"],
    });
  });
});
