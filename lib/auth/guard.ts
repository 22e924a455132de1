import "server-only";
import { getServerSession } from "next-auth";
import { headers } from "next/headers";
import { forbidden, redirect } from "next/navigation";
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

/** Where an official who must enrol a second factor does it; every other page sends them there. */
export const ENROL_PATH = "/account";

/**
 * For pages and layouts: the actor, or a redirect to the sign-in page that comes back here (a
 * shared link survives). An admin without a second factor is sent to enrol it first.
 */
export async function requireUser(): Promise<Actor> {
  const actor = await currentActor();
  const requested = (await headers()).get(REQUESTED_PATH_HEADER);
  if (!actor) redirect(signInPathFor(requested));
  if (mustEnrolSecondFactor(actor) && !requested?.startsWith(ENROL_PATH)) redirect(ENROL_PATH);
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
