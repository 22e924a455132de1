"use server";
import { revalidatePath } from "next/cache";
import { revalidatePublicPages } from "@/lib/api/revalidate-public";
import { requirePermission } from "@/lib/auth/guard";
import { prisma } from "@/lib/db";
import { AppError, type ActionResult } from "@/lib/errors";
import { publishRevision } from "@/lib/services/public-releases";
import { ARG, checkedArguments } from "./arguments";
import { runAction } from "./run-action";

/** Publishes a revision of a released month when its audit allows it (TASKFORCE, HUMAS). */
export async function publishRevisionAction(
  month: string,
): Promise<ActionResult<{ version: number; lateEvents: number }>> {
  return runAction(async () => {
    const actor = await requirePermission("releases.publish");
    const result = await publishRevision(prisma, actor, checkedArguments([ARG.month], [month])[0]);
    if (!result.published)
      throw new AppError(
        "CONFLICT",
        `Belum dapat diterbitkan: ${result.lateEvents} kunjungan terlambat akan membuka ${result.exposed} angka bila dibandingkan dengan rilis yang ada. Rilis tetap seperti semula; coba lagi setelah lebih banyak kunjungan terlambat masuk.`,
      );
    revalidatePublicPages();
    revalidatePath("/dashboard");
    return { version: result.version, lateEvents: result.lateEvents };
  });
}
