import type { RolloutStageCode } from "@/lib/vocabulary";

// Each demo office's rollout history: the stages it went through and when.
export type StageStep = { stage: RolloutStageCode; at: Date };

const FORWARD: RolloutStageCode[] = ["REGISTERED", "STAFF_TRAINED", "SCANNER_READY", "LIVE", "VERIFIED"];

/** Picks how far an office got (most are live; `live` ones are, and stay so) and dates each step from mid-Sept 2021. */
export function rolloutHistory(random: () => number, options: { late: boolean; live?: boolean }): StageStep[] {
  const roll = random();
  const rolled = options.late
    ? roll < 0.3
      ? 0
      : roll < 0.55
        ? 1
        : roll < 0.75
          ? 2
          : 3
    : roll < 0.04
      ? 0
      : roll < 0.09
        ? 1
        : roll < 0.16
          ? 2
          : roll < 0.78
            ? 3
            : 4;
  const reached = options.live ? Math.max(rolled, 3) : rolled;
  const steps: StageStep[] = [];
  const at = new Date("2021-09-10T02:00:00Z");
  at.setUTCDate(at.getUTCDate() + Math.floor(random() * 25) + (options.late ? 20 : 0));
  for (let index = 0; index <= reached; index++) {
    steps.push({ stage: FORWARD[index], at: new Date(at) });
    at.setUTCDate(at.getUTCDate() + 2 + Math.floor(random() * 12));
  }
  // A few live offices were suspended after an inspection found the scanner unused.
  if (reached >= 3 && random() < 0.04 && !options.live)
    steps.push({ stage: "SUSPENDED", at: new Date(at.getTime() + 30 * 86_400_000) });
  return steps;
}

/**
 * What an agency admin or the task force wrote when an office reached each stage, a few
 * ways each (chosen by the office's place in the seed, not by the random stream).
 */
export const DEMO_STAGE_NOTES: Record<RolloutStageCode, readonly string[]> = {
  REGISTERED: [
    "Didaftarkan admin instansi setelah sosialisasi SE 440/1395",
    "Didaftarkan; penanggung jawab loket sudah ditunjuk",
  ],
  STAFF_TRAINED: [
    "Petugas loket ikut pelatihan pemindaian PeduliLindungi",
    "Pelatihan petugas selesai; alur antrean diubah agar QR dipindai di pintu masuk",
  ],
  SCANNER_READY: [
    "QR PeduliLindungi terpasang di pintu masuk; pemindaian uji berhasil",
    "Tablet meja pemeriksaan siap, kunci API dibuat",
  ],
  LIVE: [
    "Pemindaian berjalan sejak jam buka",
    "Mulai memindai; pengunjung tanpa bukti vaksin diarahkan ke pos vaksinasi",
  ],
  VERIFIED: ["Diverifikasi tim Satgas saat inspeksi: semua pengunjung dipindai", "Lolos inspeksi Satgas"],
  SUSPENDED: ["Dihentikan sementara: inspeksi mendapati pemindai tidak digunakan"],
};

/** When the office started scanning (LIVE), if it ever did. */
export function liveSince(steps: StageStep[]): Date | undefined {
  return steps.find((s) => s.stage === "LIVE")?.at;
}
