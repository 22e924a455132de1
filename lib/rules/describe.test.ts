import { describe, expect, it } from "vitest";
import { SE_1395_RULES } from "@/prisma/seed/circular";
import { describeDefinition, diffDefinitions } from "./describe";

const admin = SE_1395_RULES.find((r) => r.code === "SE1395-ADMINDUK")!;

describe("rules in plain language", () => {
  it("describes every part of a definition in both languages", () => {
    const lines = describeDefinition(admin.versions[0].definition);
    expect(lines.map((l) => l.value.id)).toEqual([
      "KTP-el dan Administrasi kependudukan (KK, akta)",
      "instansi pemerintah",
      "Vaksin minimal dosis pertama",
      "anak di bawah 12 tahun, kontraindikasi medis (surat dokter) dan penyintas Covid-19 (≤ 90 hari)",
      "dirujuk ke pos vaksinasi",
    ]);
    expect(lines[2].value.en).toBe("Vaccination: at least a first dose");
  });

  it("shows only what changed between two versions", () => {
    const changes = diffDefinitions(admin.versions[0].definition, admin.versions[1].definition);
    expect(changes).toEqual([
      {
        key: "requirement",
        label: { id: "Syarat", en: "Requirement" },
        before: { id: "Vaksin minimal dosis pertama", en: "Vaccination: at least a first dose" },
        after: { id: "Vaksin minimal 2 dosis", en: "Vaccination: at least 2 doses" },
      },
    ]);
  });
});
