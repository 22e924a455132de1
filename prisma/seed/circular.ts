import type { RuleCaseInput, RuleDefinition } from "@/lib/rules/definition";
import type { EngineRule } from "@/lib/rules/types";
import type { OutcomeCode } from "@/lib/vocabulary";

// Surat Edaran 440/1395/SET.COVID-19 of 9 September 2021 and the rules in it.
export const SE_1395 = {
  number: "440/1395/SET.COVID-19",
  issuedOn: "2021-09-09",
  issuer: "Ketua Komite Kebijakan Penanganan Covid-19 Kota Bekasi",
  title: "Kewajiban Vaksinasi Covid-19 dalam Pengurusan Pelayanan Publik",
  body:
    "Dalam rangka percepatan vaksinasi Covid-19 dan pencegahan penularan di tempat pelayanan publik, " +
    "setiap warga yang mengurus pelayanan publik di Kota Bekasi wajib menunjukkan bukti vaksinasi Covid-19 " +
    "melalui aplikasi PeduliLindungi atau sertifikat vaksin (QR/barcode).",
  effectiveFrom: "2021-09-09T00:00:00+07:00",
  clauses: [
    {
      number: "1",
      text: "Setiap warga yang mengurus pelayanan perizinan dan non-perizinan wajib menunjukkan bukti telah divaksinasi Covid-19 minimal dosis pertama.",
    },
    {
      number: "2",
      text: "Pelayanan KTP-el, Kartu Keluarga, akta dan administrasi kependudukan lainnya mensyaratkan bukti vaksinasi melalui aplikasi PeduliLindungi atau sertifikat vaksin.",
    },
    { number: "3", text: "Pelayanan perpanjangan SIM mensyaratkan bukti vaksinasi Covid-19." },
    { number: "4", text: "Warga yang belum divaksinasi diarahkan ke pos/sentra vaksinasi terdekat." },
    {
      number: "5",
      text: "Dikecualikan dari kewajiban ini: anak di bawah usia 12 tahun, warga dengan kontraindikasi medis yang dibuktikan surat keterangan dokter, dan penyintas Covid-19 dalam 3 bulan sejak sembuh.",
    },
    {
      number: "6",
      text: "Seluruh instansi pelayanan publik, pemerintah maupun swasta, diimbau menerapkan pemindaian PeduliLindungi di kantornya.",
    },
  ],
};

const EXEMPTIONS: RuleDefinition["exemptions"] = [
  { class: "UNDER_12" },
  { class: "MEDICAL_CONTRAINDICATION" },
  { class: "RECENTLY_RECOVERED", maxDaysSince: 90 },
];

export type RuleVersionSeed = {
  version: number;
  validFrom: string;
  validTo?: string;
  clause: string;
  strength: "WAJIB" | "IMBAUAN";
  descriptionId: string;
  descriptionEn: string;
  definition: RuleDefinition;
  cases: { name: string; input: RuleCaseInput; expected: OutcomeCode }[];
};

export type RuleSeed = { code: string; title: string; versions: RuleVersionSeed[] };

const adult = (status: RuleCaseInput["visitor"]["status"], doses: number): RuleCaseInput["visitor"] => ({
  status,
  doses,
  age: 34,
  exemptions: [],
});

export const SE_1395_RULES: RuleSeed[] = [
  {
    code: "SE1395-ADMINDUK",
    title: "Bukti vaksin untuk KTP-el dan administrasi kependudukan",
    versions: [
      {
        version: 1,
        validFrom: "2021-09-09T00:00:00+07:00",
        validTo: "2022-01-01T00:00:00+07:00",
        clause: "2",
        strength: "WAJIB",
        descriptionId: "KTP-el dan adminduk: minimal vaksin dosis pertama; yang belum dirujuk ke pos vaksinasi.",
        descriptionEn:
          "KTP-el and civil registration: at least a first dose; others are referred to a vaccination post.",
        definition: {
          scope: { services: ["KTP_EL", "ADMINDUK"], agencyKinds: ["GOVERNMENT"] },
          requirement: { minDoses: 1 },
          exemptions: EXEMPTIONS,
          onFail: "REFER",
        },
        cases: [
          {
            name: "Dosis pertama dilayani",
            input: {
              service: "KTP_EL",
              agencyKind: "GOVERNMENT",
              at: "2021-10-04T09:00:00+07:00",
              visitor: adult("KUNING", 1),
            },
            expected: "SERVED_VACCINATED",
          },
          {
            name: "Belum vaksin dirujuk",
            input: {
              service: "KTP_EL",
              agencyKind: "GOVERNMENT",
              at: "2021-10-04T09:00:00+07:00",
              visitor: adult("MERAH", 0),
            },
            expected: "REFERRED",
          },
          {
            name: "Anak 10 tahun dikecualikan",
            input: {
              service: "ADMINDUK",
              agencyKind: "GOVERNMENT",
              at: "2021-10-04T09:00:00+07:00",
              visitor: { status: "MERAH", doses: 0, age: 10, exemptions: [] },
            },
            expected: "SERVED_EXEMPT",
          },
          {
            name: "Status hitam ditolak",
            input: {
              service: "KTP_EL",
              agencyKind: "GOVERNMENT",
              at: "2021-10-04T09:00:00+07:00",
              visitor: adult("HITAM", 2),
            },
            expected: "DENIED",
          },
        ],
      },
      {
        version: 2,
        validFrom: "2022-01-01T00:00:00+07:00",
        clause: "2",
        strength: "WAJIB",
        descriptionId: "Sejak 1 Januari 2022: KTP-el dan adminduk mensyaratkan vaksin lengkap (2 dosis).",
        descriptionEn: "From 1 January 2022: KTP-el and civil registration require full vaccination (2 doses).",
        definition: {
          scope: { services: ["KTP_EL", "ADMINDUK"], agencyKinds: ["GOVERNMENT"] },
          requirement: { minDoses: 2 },
          exemptions: EXEMPTIONS,
          onFail: "REFER",
        },
        cases: [
          {
            name: "Dua dosis dilayani",
            input: {
              service: "KTP_EL",
              agencyKind: "GOVERNMENT",
              at: "2022-01-10T09:00:00+07:00",
              visitor: adult("HIJAU", 2),
            },
            expected: "SERVED_VACCINATED",
          },
          {
            name: "Satu dosis dirujuk",
            input: {
              service: "KTP_EL",
              agencyKind: "GOVERNMENT",
              at: "2022-01-10T09:00:00+07:00",
              visitor: adult("KUNING", 1),
            },
            expected: "REFERRED",
          },
          {
            name: "Penyintas 30 hari dikecualikan",
            input: {
              service: "ADMINDUK",
              agencyKind: "GOVERNMENT",
              at: "2022-01-10T09:00:00+07:00",
              visitor: {
                status: "MERAH",
                doses: 0,
                age: 40,
                exemptions: [{ class: "RECENTLY_RECOVERED", since: "2021-12-11T00:00:00+07:00" }],
              },
            },
            expected: "SERVED_EXEMPT",
          },
        ],
      },
    ],
  },
  {
    code: "SE1395-PERIZINAN",
    title: "Bukti vaksin untuk pelayanan perizinan",
    versions: [
      {
        version: 1,
        validFrom: "2021-09-09T00:00:00+07:00",
        clause: "1",
        strength: "WAJIB",
        descriptionId: "Perizinan: minimal vaksin dosis pertama; yang belum dirujuk ke pos vaksinasi.",
        descriptionEn: "Permits: at least a first dose; others are referred to a vaccination post.",
        definition: {
          scope: { services: ["PERIZINAN"], agencyKinds: ["GOVERNMENT"] },
          requirement: { minDoses: 1 },
          exemptions: EXEMPTIONS,
          onFail: "REFER",
        },
        cases: [
          {
            name: "Vaksin lengkap dilayani",
            input: {
              service: "PERIZINAN",
              agencyKind: "GOVERNMENT",
              at: "2021-11-02T10:00:00+07:00",
              visitor: adult("HIJAU", 2),
            },
            expected: "SERVED_VACCINATED",
          },
          {
            name: "Kontraindikasi medis dikecualikan",
            input: {
              service: "PERIZINAN",
              agencyKind: "GOVERNMENT",
              at: "2021-11-02T10:00:00+07:00",
              visitor: { status: "MERAH", doses: 0, age: 52, exemptions: [{ class: "MEDICAL_CONTRAINDICATION" }] },
            },
            expected: "SERVED_EXEMPT",
          },
        ],
      },
    ],
  },
  {
    code: "SE1395-SIM",
    title: "Bukti vaksin untuk perpanjangan SIM",
    versions: [
      {
        version: 1,
        validFrom: "2021-09-09T00:00:00+07:00",
        clause: "3",
        strength: "WAJIB",
        descriptionId: "Perpanjangan SIM: minimal vaksin dosis pertama; yang belum dirujuk ke pos vaksinasi.",
        descriptionEn: "Driving licence renewal: at least a first dose; others are referred to a vaccination post.",
        definition: {
          scope: { services: ["SIM"], agencyKinds: ["GOVERNMENT"] },
          requirement: { minDoses: 1 },
          exemptions: EXEMPTIONS,
          onFail: "REFER",
        },
        cases: [
          {
            name: "Dosis pertama dilayani",
            input: {
              service: "SIM",
              agencyKind: "GOVERNMENT",
              at: "2021-09-20T08:30:00+07:00",
              visitor: adult("KUNING", 1),
            },
            expected: "SERVED_VACCINATED",
          },
          {
            name: "Belum vaksin dirujuk",
            input: {
              service: "SIM",
              agencyKind: "GOVERNMENT",
              at: "2021-09-20T08:30:00+07:00",
              visitor: adult("MERAH", 0),
            },
            expected: "REFERRED",
          },
          {
            name: "Penyintas lebih dari 90 hari dirujuk",
            input: {
              service: "SIM",
              agencyKind: "GOVERNMENT",
              at: "2021-12-20T08:30:00+07:00",
              visitor: {
                status: "MERAH",
                doses: 0,
                age: 30,
                exemptions: [{ class: "RECENTLY_RECOVERED", since: "2021-09-01T00:00:00+07:00" }],
              },
            },
            expected: "REFERRED",
          },
        ],
      },
    ],
  },
  {
    code: "SE1395-LAYANAN-UMUM",
    title: "Imbauan bukti vaksin di layanan publik lain (Samsat, BPJS, perbankan, lainnya)",
    versions: [
      {
        version: 1,
        validFrom: "2021-09-09T00:00:00+07:00",
        clause: "6",
        strength: "IMBAUAN",
        descriptionId:
          "Samsat, BPJS, perbankan dan layanan lain: dianjurkan vaksin; yang belum tetap dilayani dengan catatan dan diarahkan ke pos vaksinasi.",
        descriptionEn:
          "Samsat, BPJS, banking and other services: vaccination advised; others are served with a note and pointed to a vaccination post.",
        definition: {
          scope: { services: ["SAMSAT", "BPJS", "PERBANKAN", "LAINNYA"], agencyKinds: ["GOVERNMENT", "PRIVATE"] },
          requirement: { minDoses: 1 },
          exemptions: EXEMPTIONS,
          onFail: "SERVE_WITH_NOTE",
        },
        cases: [
          {
            name: "Bank, dosis pertama dilayani",
            input: {
              service: "PERBANKAN",
              agencyKind: "PRIVATE",
              at: "2021-10-15T11:00:00+07:00",
              visitor: adult("KUNING", 1),
            },
            expected: "SERVED_VACCINATED",
          },
          {
            name: "Hitam tidak dilayani tatap muka",
            input: {
              service: "SAMSAT",
              agencyKind: "GOVERNMENT",
              at: "2021-10-15T11:00:00+07:00",
              visitor: adult("HITAM", 1),
            },
            expected: "DENIED",
          },
        ],
      },
    ],
  },
];

/** The seeded rule versions as the engine takes them (ids are `CODE@version`). */
export function se1395EngineRules(): EngineRule[] {
  return SE_1395_RULES.flatMap((rule) =>
    rule.versions.map((v) => ({
      id: `${rule.code}@${v.version}`,
      code: rule.code,
      version: v.version,
      validFrom: new Date(v.validFrom),
      validTo: v.validTo ? new Date(v.validTo) : null,
      strength: v.strength,
      definition: v.definition,
    })),
  );
}
