import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";
import { KOTA_BEKASI_CODE } from "@/lib/vocabulary";

// Official names and Kemendagri codes come from the idn-area-data package (MIT),
// never typed by hand.
const require = createRequire(import.meta.url);
const dataDir = path.join(path.dirname(require.resolve("idn-area-data/package.json")), "data");

export type Area = { code: string; parentCode: string; name: string };

function readAreas(file: string, parentPrefix: string): Area[] {
  const [, ...lines] = readFileSync(path.join(dataDir, file), "utf8").trim().split(/\r?\n/);
  return lines
    .map((line) => {
      const [code, parentCode, ...nameParts] = line.split(",");
      return { code, parentCode, name: nameParts.join(",").replace(/^"|"$/g, "") };
    })
    .filter((area) => area.parentCode.startsWith(parentPrefix));
}

/** Kota Bekasi's 12 kecamatan. */
export function bekasiKecamatan(): Area[] {
  return readAreas("districts.csv", KOTA_BEKASI_CODE).filter((a) => a.parentCode === KOTA_BEKASI_CODE);
}

/** Kota Bekasi's 56 kelurahan. */
export function bekasiKelurahan(): Area[] {
  return readAreas("villages.csv", `${KOTA_BEKASI_CODE}.`);
}
