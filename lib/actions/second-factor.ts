"use server";
import { prisma } from "@/lib/db";
import {
  confirmSecondFactorEnrolment,
  resetSecondFactor,
  startSecondFactorEnrolment,
  turnOffSecondFactor,
} from "@/lib/services/second-factor";
import { secondFactorCodeSchema, secondFactorEnrolmentSchema } from "@/lib/validations/second-factor";
import { ARG } from "./arguments";
import { defineAction, defineFormAction } from "./define-action";

/** Starts one's own enrolment: a new secret and the address its QR code shows (nothing stored). */
export const startSecondFactorAction = defineAction({
  permission: "account.manage",
  args: [],
  run: (actor) => startSecondFactorEnrolment(prisma, actor),
});

/**
 * Confirms one's own enrolment with a first code; the recovery codes are in the result once.
 * No refresh here: the page would re-render as "on" and take the codes off the screen before
 * they are saved; its "done" button refreshes it.
 */
export const confirmSecondFactorAction = defineFormAction({
  permission: "account.manage",
  args: [],
  form: secondFactorEnrolmentSchema,
  run: (actor, input) => confirmSecondFactorEnrolment(prisma, actor, input),
});

/** Turns one's own second factor off with a current code (roles that must have one cannot). */
export const turnOffSecondFactorAction = defineFormAction({
  permission: "account.manage",
  args: [],
  form: secondFactorCodeSchema,
  run: (actor, input) => turnOffSecondFactor(prisma, actor, input.code),
  refresh: () => ["/account"],
});

/** An admin clears an official's lost second factor; every session of the account ends. */
export const resetSecondFactorAction = defineAction({
  permission: "users.manage",
  args: [ARG.id],
  run: async (actor, id) => {
    const { revokedSessions } = await resetSecondFactor(prisma, actor, id);
    return { revokedSessions };
  },
  refresh: (_, id) => [`/admin/users/${id}`],
});
