"use server";
import { prisma } from "@/lib/db";
import { resendInvitation, revokeInvitation, sendPasswordReset } from "@/lib/services/account-links";
import { changeOwnPassword, inviteUser, setMailPreferences, setUserActive, updateUser } from "@/lib/services/users";
import { mailPreferencesSchema } from "@/lib/validations/account-links";
import { changePasswordSchema, updateUserSchema, userFormSchema } from "@/lib/validations/user";
import { ARG } from "./arguments";
import { defineAction, defineFormAction } from "./define-action";

/** Creates an official's account and mails them an invitation to set their own password. */
export const createUserAction = defineFormAction({
  permission: "users.manage",
  args: [],
  form: userFormSchema,
  run: async (actor, input) => {
    const { user, expiresAt } = await inviteUser(prisma, actor, input);
    return { id: user.id, email: user.email, expiresAt: expiresAt.toISOString() };
  },
  refresh: () => ["/admin/users"],
});

/** Changes an account's name, role and agency. */
export const updateUserAction = defineFormAction({
  permission: "users.manage",
  args: [ARG.id],
  form: updateUserSchema,
  run: async (actor, input, id) => {
    await updateUser(prisma, actor, id, input);
    return null;
  },
  refresh: (_, id) => ["/admin/users", `/admin/users/${id}`],
});

/** Deactivates (signing the account out everywhere) or reactivates an account. */
export const setUserActiveAction = defineAction({
  permission: "users.manage",
  args: [ARG.id, ARG.flag],
  run: async (actor, id, active) => {
    await setUserActive(prisma, actor, id, active);
    return null;
  },
  refresh: (_, id) => ["/admin/users", `/admin/users/${id}`],
});

/** Mails an account a password reset link (30 minutes); the admin never sees a password. */
export const sendPasswordResetAction = defineAction({
  permission: "users.manage",
  args: [ARG.id],
  run: async (actor, id) => {
    const { email, expiresAt } = await sendPasswordReset(prisma, actor, id);
    return { email, expiresAt: expiresAt.toISOString() };
  },
  refresh: (_, id) => [`/admin/users/${id}`],
});

/** Mails an invited account a new invitation link (72 hours); the older link stops working. */
export const resendInvitationAction = defineAction({
  permission: "users.manage",
  args: [ARG.id],
  run: async (actor, id) => {
    const { expiresAt } = await resendInvitation(prisma, actor, id);
    return { expiresAt: expiresAt.toISOString() };
  },
  refresh: (_, id) => ["/admin/users", `/admin/users/${id}`],
});

/** Cancels an account's open invitation: its link refuses from now on. */
export const revokeInvitationAction = defineAction({
  permission: "users.manage",
  args: [ARG.id],
  run: async (actor, id) => revokeInvitation(prisma, actor, id),
  refresh: (_, id) => ["/admin/users", `/admin/users/${id}`],
});

/** An official's language for mail and the optional messages they receive. */
export const setMailPreferencesAction = defineFormAction({
  permission: "account.manage",
  args: [],
  form: mailPreferencesSchema,
  run: async (actor, input) => setMailPreferences(prisma, actor, input),
  refresh: () => ["/account"],
});

/** An official changes their own password; their other browsers are signed out. */
export const changeOwnPasswordAction = defineFormAction({
  permission: "account.manage",
  args: [],
  form: changePasswordSchema,
  run: async (actor, input) => changeOwnPassword(prisma, actor, input),
});
