"use server";
import { prisma } from "@/lib/db";
import {
  changeOwnPassword,
  createUserWithGeneratedPassword,
  resetPassword,
  setUserActive,
  updateUser,
} from "@/lib/services/users";
import { changePasswordSchema, updateUserSchema, userFormSchema } from "@/lib/validations/user";
import { ARG } from "./arguments";
import { defineAction, defineFormAction } from "./define-action";

/** Creates an official's account; its generated password is in the result once and never again. */
export const createUserAction = defineFormAction({
  permission: "users.manage",
  args: [],
  form: userFormSchema,
  run: async (actor, input) => {
    const { user, password } = await createUserWithGeneratedPassword(prisma, actor, input);
    return { id: user.id, email: user.email, password };
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

/** Resets an account's password to a generated one, shown once; every session of the account ends. */
export const resetPasswordAction = defineAction({
  permission: "users.manage",
  args: [ARG.id],
  run: async (actor, id) => {
    const { email, password } = await resetPassword(prisma, actor, id);
    return { email, password };
  },
  refresh: (_, id) => [`/admin/users/${id}`],
});

/** An official changes their own password; their other browsers are signed out. */
export const changeOwnPasswordAction = defineFormAction({
  permission: "account.manage",
  args: [],
  form: changePasswordSchema,
  run: async (actor, input) => changeOwnPassword(prisma, actor, input),
});
