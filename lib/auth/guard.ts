import "server-only";
import { getServerSession } from "next-auth";
import { headers } from "next/headers";
import { forbidden, redirect, unauthorized } from "next/navigation";
import { cache } from "react";
import { AppError } from "@/lib/errors";
import { authOptions } from "./options";
import { can, type Actor, type Permission } from "./permissions";
import { REQUESTED_PATH_HEADER, signInPathFor } from "./requested-path";
import { actorOfSession } from "./sessions";
import { mustEnrolSecondFactor } from "./totp";

/**
 * The signed-in official, re-read from the database on every request so that a
 * deactivated user, a changed role or a sign-out takes effect at once, not when the JWT expires.
 */
export const currentActor = cache(async (): Promise<Actor | null> => {
  const session = await getServerSession(authOptions);
  if (!session?.user?.id || !session.sid) return null;
  // The session row, not only the cookie: a signed-out or expired session is refused here.
  return actorOfSession(session.sid, session.user.id);
});

/** Where an official who must enrol a second factor does it; every other page says so. */
export const ENROL_PATH = "/account";

/**
 * For layouts: the actor, or a redirect to the sign-in page that comes back here (a shared
 * link survives). The pages inside check the second factor (requireUser).
 */
export async function requireSignedIn(): Promise<Actor> {
  const actor = await currentActor();
  if (!actor) redirect(signInPathFor((await headers()).get(REQUESTED_PATH_HEADER)));
  return actor;
}

/**
 * For pages: the signed-in actor. An admin without a second factor gets, on every page but
 * their account's, the page that says to enrol it (401, app/(dashboard)/unauthorized.tsx) —
 * an answer in place rather than a redirect, which a client-side navigation rendered blank.
 */
export async function requireUser(): Promise<Actor> {
  const actor = await requireSignedIn();
  const requested = (await headers()).get(REQUESTED_PATH_HEADER);
  if (mustEnrolSecondFactor(actor) && !requested?.startsWith(ENROL_PATH)) unauthorized();
  return actor;
}

/** For pages: the actor holding `permission`; others get the 403 page at the same address (forbidden.tsx). */
export async function requirePagePermission(permission: Permission): Promise<Actor> {
  const actor = await requireUser();
  if (!can(actor, permission)) forbidden();
  return actor;
}

/** For actions and route handlers: the actor holding `permission`, else an AppError. */
export async function requirePermission(permission: Permission): Promise<Actor> {
  const actor = await currentActor();
  if (!actor) throw new AppError("UNAUTHENTICATED", "Silakan masuk terlebih dahulu.");
  // Only the actions of one's own account (where the factor is enrolled) before it is.
  if (mustEnrolSecondFactor(actor) && permission !== "account.manage")
    throw new AppError(
      "FORBIDDEN",
      "Aktifkan verifikasi dua langkah di halaman Akun saya dulu: wajib untuk admin sebelum tindakan lain.",
    );
  if (!can(actor, permission)) throw new AppError("FORBIDDEN", "Anda tidak berwenang untuk tindakan ini.");
  return actor;
}
