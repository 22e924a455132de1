// The shared vocabulary of PRODUCT.md: the codes every API, CSV file and test uses.
// Pure data, safe for client and server.

export const SERVICE_CATEGORIES = [
  { code: "PERIZINAN", id: "Perizinan", en: "Permits" },
  { code: "KTP_EL", id: "KTP-el", en: "Electronic ID card (KTP-el)" },
  { code: "SIM", id: "Perpanjangan SIM", en: "Driving licence renewal" },
  {
    code: "ADMINDUK",
    id: "Administrasi kependudukan (KK, akta)",
    en: "Civil registration (family card, certificates)",
  },
  { code: "SAMSAT", id: "Samsat (pajak kendaraan)", en: "Samsat (vehicle tax)" },
  { code: "BPJS", id: "BPJS", en: "BPJS social insurance" },
  { code: "PERBANKAN", id: "Perbankan", en: "Banking" },
  { code: "KESEHATAN", id: "Layanan kesehatan", en: "Health services" },
  { code: "LAINNYA", id: "Layanan lainnya", en: "Other services" },
] as const;

export type ServiceCode = (typeof SERVICE_CATEGORIES)[number]["code"];

/** A service's name in `locale` ("SIM" → "Perpanjangan SIM" / "Driving licence renewal"); an unknown code as it is. */
export function serviceName(code: string, locale: "id" | "en"): string {
  return SERVICE_CATEGORIES.find((s) => s.code === code)?.[locale] ?? code;
}
export const SERVICE_CODES = SERVICE_CATEGORIES.map((s) => s.code) as [ServiceCode, ...ServiceCode[]];

export const ROLES = ["ADMIN", "TASKFORCE", "HUMAS", "AGENCY_ADMIN"] as const;
export type RoleCode = (typeof ROLES)[number];

export const AGENCY_KINDS = ["GOVERNMENT", "PRIVATE"] as const;
export const PL_STATUSES = ["HIJAU", "KUNING", "MERAH", "HITAM"] as const;
export type PlStatus = (typeof PL_STATUSES)[number];
export const EXEMPTION_CLASSES = ["UNDER_12", "MEDICAL_CONTRAINDICATION", "RECENTLY_RECOVERED"] as const;
export type ExemptionClass = (typeof EXEMPTION_CLASSES)[number];
export const OUTCOMES = ["SERVED_VACCINATED", "SERVED_EXEMPT", "SERVED_NO_REQUIREMENT", "REFERRED", "DENIED"] as const;
export type OutcomeCode = (typeof OUTCOMES)[number];
export const PROOF_KINDS = ["PEDULILINDUNGI_APP", "PEDULILINDUNGI_QR", "VACCINATION_CARD", "NONE"] as const;
export const ROLLOUT_STAGES = [
  "REGISTERED",
  "STAFF_TRAINED",
  "SCANNER_READY",
  "LIVE",
  "VERIFIED",
  "SUSPENDED",
] as const;
export type RolloutStageCode = (typeof ROLLOUT_STAGES)[number];

/** Age bands as written in the API and CSV files, and their names in the database client. */
export const AGE_BANDS = ["0-11", "12-17", "18-59", "60+"] as const;
export type AgeBandCode = (typeof AGE_BANDS)[number];
const AGE_BAND_TO_DB = { "0-11": "AGE_0_11", "12-17": "AGE_12_17", "18-59": "AGE_18_59", "60+": "AGE_60" } as const;
export type AgeBandDb = (typeof AGE_BAND_TO_DB)[AgeBandCode];

/** "18-59" → the Prisma enum name. */
export function ageBandToDb(code: AgeBandCode): AgeBandDb {
  return AGE_BAND_TO_DB[code];
}

/** The Prisma enum name → "18-59". */
export function ageBandFromDb(value: AgeBandDb): AgeBandCode {
  const entry = Object.entries(AGE_BAND_TO_DB).find(([, db]) => db === value);
  if (!entry) throw new Error(`Unknown age band ${value}`);
  return entry[0] as AgeBandCode;
}

/** Bekasi's Kemendagri code: kecamatan are 32.75.01–32.75.12. */
export const KOTA_BEKASI_CODE = "32.75";

/**
 * SE 440/1395/SET.COVID-19 was signed on 9 September 2021: no gated visit, report or
 * inspection can be older. Its first instant in Bekasi (WIB) bounds every event.
 */
export const CIRCULAR_SIGNED_ON = "2021-09-09";
export const CIRCULAR_FIRST_INSTANT = `${CIRCULAR_SIGNED_ON}T00:00:00+07:00`;
