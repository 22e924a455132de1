"use server";
import { revalidatePublicPages } from "@/lib/api/revalidate-public";
import { prisma } from "@/lib/db";
import { AppError, msg } from "@/lib/errors";
import { publishRevision, type RevisionResult } from "@/lib/services/public-releases";
import { ARG } from "./arguments";
import { defineAction } from "./define-action";

/** Why a revision waits, and what happens next, in words: the job tries daily until the month is final; never "wait for more". */
function refusalMessage(result: Extract<RevisionResult, { published: false }>): string {
  if (result.reason === "exposes")
    return msg(
      `Belum dapat diterbitkan: ${result.lateEvents} kunjungan terlambat akan membuka ${result.exposed} angka bila dibandingkan dengan rilis yang ada. Versi ${result.current} tetap berlaku. SIGAP mencoba revisi ini lagi pada malam setelah kunjungan terlambat baru masuk, sampai ${result.finalOn}; pada tanggal itu versi yang berlaku menjadi final, dan kunjungan terlambat tetap tercatat di dasbor petugas.`,
    );
  if (result.reason === "withdraws")
    return msg(
      `Belum dapat diterbitkan: untuk melindungi ${result.lateEvents} kunjungan terlambat, revisi harus menyembunyikan ${result.withdrawn} dari ${result.shown} angka yang sudah terbit. Versi ${result.current} tetap berlaku. SIGAP mencoba revisi ini lagi pada malam setelah kunjungan terlambat baru masuk, sampai ${result.finalOn}; pada tanggal itu versi yang berlaku menjadi final, dan kunjungan terlambat tetap tercatat di dasbor petugas.`,
    );
  return msg(
    `Belum dapat diterbitkan: ${result.lateEvents} kunjungan terlambat terlalu sedikit untuk diterbitkan tanpa membuka angka kecil, juga sebagai baris "Dilaporkan terlambat". Versi ${result.current} tetap berlaku. SIGAP mencoba revisi ini lagi pada malam setelah kunjungan terlambat baru masuk, sampai ${result.finalOn}; pada tanggal itu versi yang berlaku menjadi final, dan kunjungan terlambat tetap tercatat di dasbor petugas.`,
  );
}

/** Publishes a revision of a released month when its audit allows it (TASKFORCE, HUMAS). */
export const publishRevisionAction = defineAction({
  permission: "releases.publish",
  args: [ARG.month],
  run: async (actor, month) => {
    const result = await publishRevision(prisma, actor, month);
    if (!result.published) {
      throw new AppError("CONFLICT", refusalMessage(result));
    }
    await revalidatePublicPages();
    return { version: result.version, lateEvents: result.lateEvents };
  },
  refresh: () => ["/dashboard"],
});
