import "server-only";
import { linkState } from "@/lib/auth/account-link-token";
import { realNow } from "@/lib/clock";
import { prisma } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import { pageOf, type Page } from "@/lib/validations/list-params";
import type { UserListParams } from "@/lib/validations/user";
import type { RoleCode } from "@/lib/vocabulary";

// Officials' accounts for the admin's user pages (users.manage is checked by the pages).

export type UserRow = {
  id: string;
  name: string;
  email: string;
  role: RoleCode;
  agency: string | null;
  agencyCode: string | null;
  active: boolean;
  lastLoginAt: string | null;
  /** Whether the account's second factor is on (never the secret). */
  secondFactor: boolean;
  /** An account whose owner has not set a password yet: its latest invitation, open or not. */
  invitation: { state: "open" | "expired" | "revoked"; expiresAt: string } | null;
};

/** What a row needs of an account: its agency, and its latest invitation while it has no password. */
const ROW_INCLUDE = {
  agency: true,
  accountLinks: { where: { kind: "INVITATION" }, orderBy: { createdAt: "desc" }, take: 1 },
} as const satisfies Prisma.UserInclude;

/** The invitation's state as the list says it; a used one never shows (its account has a password). */
const INVITATION_STATES = { USABLE: "open", EXPIRED: "expired", REVOKED: "revoked" } as const;

function invitationOf(u: Prisma.UserGetPayload<{ include: typeof ROW_INCLUDE }>, at: Date): UserRow["invitation"] {
  const link = u.accountLinks[0];
  if (u.passwordHash !== null || !link) return null;
  const state = linkState(link, at);
  if (state === "USED" || state === "UNKNOWN") return null;
  return { state: INVITATION_STATES[state], expiresAt: link.expiresAt.toISOString() };
}

const ORDER: Record<UserListParams["sort"]["id"], (desc: boolean) => Prisma.UserOrderByWithRelationInput> = {
  name: (desc) => ({ name: desc ? "desc" : "asc" }),
  email: (desc) => ({ email: desc ? "desc" : "asc" }),
  role: (desc) => ({ role: desc ? "desc" : "asc" }),
  agency: (desc) => ({ agency: { name: desc ? "desc" : "asc" } }),
  // Never signed in last, whichever way.
  lastLoginAt: (desc) => ({ lastLoginAt: { sort: desc ? "desc" : "asc", nulls: "last" } }),
};

function toRow(u: Prisma.UserGetPayload<{ include: typeof ROW_INCLUDE }>): UserRow {
  return {
    id: u.id,
    name: u.name,
    email: u.email,
    role: u.role,
    agency: u.agency?.name ?? null,
    agencyCode: u.agency?.code ?? null,
    active: u.active,
    lastLoginAt: u.lastLoginAt?.toISOString() ?? null,
    secondFactor: u.totpEnabledAt !== null,
    invitation: invitationOf(u, realNow()),
  };
}

/** A page of accounts: search by name, email or agency; filter by role and status. */
export async function findUsers(params: UserListParams): Promise<Page<UserRow>> {
  const q = params.q.trim();
  const where: Prisma.UserWhereInput = {
    ...(params.role ? { role: params.role } : {}),
    ...(params.status ? { active: params.status === "active" } : {}),
    ...(q
      ? {
          OR: [
            { name: { contains: q, mode: "insensitive" } },
            { email: { contains: q, mode: "insensitive" } },
            { agency: { name: { contains: q, mode: "insensitive" } } },
          ],
        }
      : {}),
  };
  const [total, users] = await prisma.$transaction([
    prisma.user.count({ where }),
    prisma.user.findMany({
      where,
      include: ROW_INCLUDE,
      orderBy: [ORDER[params.sort.id](params.sort.desc), { id: "asc" }],
      skip: (params.page - 1) * params.perPage,
      take: params.perPage,
    }),
  ]);
  return pageOf(params, total, users.map(toRow));
}

/** One account, or null. */
export async function findUser(id: string): Promise<UserRow | null> {
  const user = await prisma.user.findUnique({ where: { id }, include: ROW_INCLUDE });
  return user && toRow(user);
}

/** Every agency, for the account form's agency choice. */
export async function findAgencyChoices(): Promise<{ code: string; name: string }[]> {
  return prisma.agency.findMany({ orderBy: { name: "asc" }, select: { code: true, name: true } });
}

/** An official's mail language and the optional messages they switched off (/account). */
export async function findMailPreferences(userId: string): Promise<{ locale: string; mailOff: string[] }> {
  const user = await prisma.user.findUnique({ where: { id: userId }, select: { locale: true, mailOff: true } });
  return { locale: user?.locale ?? "id", mailOff: user?.mailOff ?? [] };
}
