import "server-only";
import * as clock from "@/lib/clock";
import type { CheckpointConfig } from "@/lib/checkpoint/config";
import { serializeRules } from "@/lib/checkpoint/config";
import { prisma } from "@/lib/db";
import { nearestPost } from "@/lib/referrals/nearest-post";
import { loadActiveRules } from "./rules";

/** What an office's checkpoint tablet needs to decide offline: its services, its post, the rules. */
export async function getCheckpointConfig(officeId: string, now = clock.now()): Promise<CheckpointConfig> {
  const [office, posts, rules] = await Promise.all([
    prisma.office.findUniqueOrThrow({
      where: { id: officeId },
      include: {
        agency: { select: { kind: true } },
        services: { include: { service: true }, orderBy: { serviceCode: "asc" } },
      },
    }),
    prisma.vaccinationPost.findMany({ select: { code: true, name: true, address: true, kelurahanCode: true } }),
    loadActiveRules(),
  ]);
  const post = nearestPost(office.kelurahanCode, posts);
  return {
    office: {
      code: office.code,
      name: office.name,
      agencyKind: office.agency.kind,
      services: office.services.map((s) => ({ code: s.serviceCode, name: s.service.nameId })),
    },
    post: post && { code: post.code, name: post.name, address: post.address },
    rules: serializeRules(rules),
    fetchedAt: now.toISOString(),
  };
}
