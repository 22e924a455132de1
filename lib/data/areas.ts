import "server-only";
import { prisma } from "@/lib/db";

export type KelurahanOption = { code: string; name: string; kecamatan: string };

/** Bekasi's kelurahan for pickers, grouped by kecamatan name. */
export async function findKelurahanOptions(): Promise<KelurahanOption[]> {
  const rows = await prisma.kelurahan.findMany({
    include: { kecamatan: true },
    orderBy: [{ kecamatan: { name: "asc" } }, { name: "asc" }],
  });
  return rows.map((k) => ({ code: k.code, name: k.name, kecamatan: k.kecamatan.name }));
}

/** Bekasi's twelve kecamatan for pickers, by name. */
export async function findKecamatanOptions(): Promise<{ code: string; name: string }[]> {
  return prisma.kecamatan.findMany({ select: { code: true, name: true }, orderBy: { name: "asc" } });
}

export type VaccinationPostOption = { code: string; name: string; kecamatan: string };

/** The vaccination posts a referral may name (a CSV's vaccination_post, an event's vaccinationPost), by code. */
export async function findVaccinationPostOptions(): Promise<VaccinationPostOption[]> {
  const rows = await prisma.vaccinationPost.findMany({
    include: { kelurahan: { include: { kecamatan: true } } },
    orderBy: { code: "asc" },
  });
  return rows.map((p) => ({ code: p.code, name: p.name, kecamatan: p.kelurahan.kecamatan.name }));
}
