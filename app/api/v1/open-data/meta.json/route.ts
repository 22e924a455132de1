import { cachedResponse } from "@/lib/api/open-data";
import { perMinuteLimit } from "@/lib/api/rate-limit";
import { LICENCE, SUPPRESSED_JSON } from "@/lib/data/open-data";
import { lastUpdated } from "@/lib/data/public-releases";
import { withPublicRoute } from "@/lib/api/with-route";
import { listErrata } from "@/lib/data/errata";
import { listPublishedAnnouncements } from "@/lib/data/announcements";
import { findPublishedVersions } from "@/lib/data/public-releases";
import { SUPPRESSED_MARK, SUPPRESSION_THRESHOLD } from "@/lib/stats/suppress";
import { OPEN_DATA_GROUPINGS } from "@/lib/validations/open-data";
import { type OUTCOMES } from "@/lib/vocabulary";

const DEFINITIONS = {
  visit:
    "Satu kunjungan ke layanan publik yang mensyaratkan bukti vaksin, tercatat oleh pemindai atau sistem kantor (anonim: tanpa NIK, nama atau nomor telepon).",
  outcomes: {
    SERVED_VACCINATED: "Dilayani dengan bukti vaksin yang memenuhi syarat",
    SERVED_EXEMPT: "Dilayani karena pengecualian (anak < 12 tahun, kontraindikasi medis, penyintas)",
    SERVED_NO_REQUIREMENT: "Dilayani; tidak ada aturan bukti vaksin yang berlaku untuk layanan itu",
    REFERRED: "Tidak dilayani; dirujuk ke pos vaksinasi",
    DENIED: "Tidak dilayani",
  } satisfies Record<(typeof OUTCOMES)[number], string>,
  day: "Hari kalender WIB (Asia/Jakarta)",
  week: "Minggu Senin–Minggu, ditandai tanggal Senin; di dalam satu bulan hanya hari-hari bulan itu",
  releases:
    "Setiap bulan yang sudah lewat diterbitkan sekali (versi 1) lalu dibekukan. Kunjungan yang terlambat masuk tidak mengubahnya diam-diam: versi baru terbit hanya bila pemeriksaan bersama versi sebelumnya membuktikan tidak ada angka kecil, termasuk kunjungan terlambat itu sendiri, yang dapat dihitung; setiap versi baru disertai ralat. 'audit' mencatat hasil pemeriksaan setiap versi.",
  period:
    "Data publik hanya untuk bulan kalender penuh yang sudah lewat (from = tanggal 1, to = akhir bulan; bawaan: bulan penuh terakhir). Periode beberapa bulan adalah jumlah bulan-bulannya, dan jumlah yang memuat angka tersembunyi ikut disembunyikan.",
  suppression: `Angka 1 sampai ${SUPPRESSION_THRESHOLD - 1} disembunyikan (angka 0 ditampilkan: tidak ada pengunjung di dalamnya), dan angka lain ikut disembunyikan sampai pemecah program bilangan bulat (HiGHS) yang berperan sebagai penyerang — dengan semua versi semua tabel bulan itu, semua jumlah, bilangan bulat, dan pengetahuan bahwa setiap angka tersembunyi paling sedikit 1 — tidak dapat mempersempit angka tersembunyi mana pun, atau kunjungan terlambat di antara dua versi, menjadi kurang dari ${SUPPRESSION_THRESHOLD} kemungkinan. Semua angka tersembunyi bertanda sama (null di JSON, "${SUPPRESSED_MARK}" di CSV), apa pun besarnya.`,
};

/** GET /api/v1/open-data/meta.json — last updated, definitions, licence, endpoints. */
export const GET = withPublicRoute({ rateLimit: perMinuteLimit() }, async ({ request }) =>
  cachedResponse(
    request,
    JSON.stringify({
      lastUpdated: await lastUpdated(),
      releases: await findPublishedVersions(),
      errata: (await listErrata()).map((e) => ({
        publishedAt: e.publishedAt.toISOString(),
        affected: e.affected,
        description: e.descriptionId,
        descriptionEn: e.descriptionEn,
      })),
      announcements: (await listPublishedAnnouncements(20)).map((a) => ({
        publishedAt: a.publishedAt?.toISOString(),
        title: a.titleId,
        titleEn: a.titleEn,
        body: a.bodyId,
        bodyEn: a.bodyEn,
      })),
      licence: LICENCE,
      publisher: "Pemerintah Kota Bekasi — SIGAP",
      suppressionThreshold: SUPPRESSION_THRESHOLD,
      suppressed: SUPPRESSED_JSON,
      definitions: DEFINITIONS,
      endpoints: {
        traffic: ["/api/v1/open-data/traffic.json", "/api/v1/open-data/traffic.csv"],
        parameters: {
          from: "YYYY-MM-01",
          to: "YYYY-MM-DD (akhir bulan)",
          by: OPEN_DATA_GROUPINGS,
          version: "nomor versi satu bulan (from dan to di bulan itu); bawaan: versi terakhir setiap bulan",
        },
      },
    }),
    "application/json; charset=utf-8",
  ),
);
