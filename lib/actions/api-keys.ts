"use server";
import { prisma } from "@/lib/db";
import { createApiKey, revokeApiKey } from "@/lib/services/api-keys";
import { apiKeyFormSchema } from "@/lib/validations/api-key";
import { ARG } from "./arguments";
import { defineAction, defineFormAction } from "./define-action";

/** Creates an office's scanner API key or checkpoint link token; the key is in the result once and never again. */
export const createApiKeyAction = defineFormAction({
  permission: "apikeys.manage",
  args: [ARG.code, ARG.keyKind],
  form: apiKeyFormSchema,
  run: async (actor, { label }, officeCode, kind) => {
    const fallback = kind === "CHECKPOINT" ? "Tablet" : "Pemindai";
    const created = await createApiKey(prisma, actor, { officeCode, kind, label: label ?? fallback });
    return { key: created.key, prefix: created.prefix };
  },
  refresh: (_, officeCode) => [`/offices/${officeCode}`],
});

/** Revokes an API key at once. */
export const revokeApiKeyAction = defineAction({
  permission: "apikeys.manage",
  args: [ARG.code, ARG.id],
  run: async (actor, _officeCode, keyId) => {
    await revokeApiKey(prisma, actor, keyId);
    return null;
  },
  refresh: (_, officeCode) => [`/offices/${officeCode}`],
});
