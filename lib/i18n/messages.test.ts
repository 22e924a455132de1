import { describe, expect, it } from "vitest";
import { z } from "zod";
import { answerIn } from "./request-locale";
import { localizeMessages, translateMessage } from "./messages";
import { EN_MESSAGES } from "./messages-en";
import { findMessageIds } from "@/test/message-ids";
import { plainText, wholeNumber } from "@/lib/validations/text";
import { parseOrThrow } from "@/lib/validations/parse";
import { type AppError } from "@/lib/errors";

const ids = findMessageIds(process.cwd());

describe("the English catalog of messages", () => {
  it("finds the messages the server raises (the extraction itself works)", () => {
    expect(ids.length).toBeGreaterThan(150);
    expect(ids).toContain("Silakan masuk terlebih dahulu.");
    expect(ids).toContain("{} paling panjang {} karakter");
    expect(ids).toContain("Kolom tidak dikenal: tidak diterima");
  });

  it("has an English entry for every message the code raises", () => {
    expect(ids.filter((id) => EN_MESSAGES[id] === undefined)).toEqual([]);
  });

  it("has no entry for a message the code no longer raises", () => {
    expect(Object.keys(EN_MESSAGES).filter((id) => !ids.includes(id))).toEqual([]);
  });

  it("has no message made of parts only (it would match any text)", () => {
    expect(ids.filter((id) => id.replaceAll("{}", "").trim().length < 3)).toEqual([]);
  });
});

describe("translateMessage", () => {
  it("fills a template and translates a label inside it", () => {
    expect(translateMessage("Nama kantor paling panjang 120 karakter", "en")).toBe(
      "Office name at most 120 characters",
    );
    expect(translateMessage("Permintaan tidak valid (argumen 1): Kode wajib diisi", "en")).toBe(
      "Invalid request (argument 1): Code is required",
    );
  });

  it("keeps Indonesian for Indonesian, and unknown text as it is", () => {
    expect(translateMessage("Nama kantor wajib diisi", "id")).toBe("Nama kantor wajib diisi");
    expect(translateMessage("Something else", "en")).toBe("Something else");
  });

  it("translates every message, field error and row error of an answer, nothing else", () => {
    const answer = {
      ok: false,
      message: "Data kantor tidak valid.",
      fieldErrors: { name: ["Nama kantor wajib diisi"] },
      errors: [{ row: 3, column: "Nama", message: "Kode KTR-1 sudah dipakai di baris 2" }],
      title: "Nama",
    };
    expect(localizeMessages(answer, "en")).toEqual({
      ok: false,
      message: "Invalid office data.",
      fieldErrors: { name: ["Office name is required"] },
      errors: [{ row: 3, column: "Name", message: "Code KTR-1 already used in row 2" }],
      title: "Nama",
    });
  });
});

describe("zod's own messages follow the language of the answer", () => {
  const schema = z.object({
    count: z.number(),
    name: plainText("Nama", { min: 1, max: 5 }),
    n: wholeNumber("Jumlah", { max: 9 }),
  });
  const issues = (locale: "id" | "en") =>
    answerIn(locale, async () => {
      try {
        parseOrThrow(schema, { count: "x", name: "", n: "12" }, "Data tidak valid.");
      } catch (error) {
        return localizeMessages({ fieldErrors: (error as AppError).fieldErrors }, locale).fieldErrors;
      }
    });

  it("answers in Indonesian by default and in English when asked", async () => {
    expect(await issues("id")).toMatchObject({
      count: [expect.stringMatching(/^Input tidak valid/)],
      name: ["Nama wajib diisi"],
    });
    expect(await issues("en")).toMatchObject({
      count: [expect.stringMatching(/^Invalid input/)],
      name: ["Name is required"],
      n: ["Jumlah at most 9"],
    });
  });
});
