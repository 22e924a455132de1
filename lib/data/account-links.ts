import "server-only";
import { prisma } from "@/lib/db";
import { hashLinkToken, linkState, type LinkState } from "@/lib/auth/account-link-token";
import { realNow } from "@/lib/clock";
import { accountLinkTokenSchema } from "@/lib/validations/account-links";
import type { RoleCode } from "@/lib/vocabulary";

export type AccountLinkView =
  | { state: "USABLE"; kind: "INVITATION" | "PASSWORD_RESET"; email: string; role: RoleCode }
  | { state: Exclude<LinkState, "USABLE"> };

/**
 * What the page a one-time link opens shows: the account it sets a password for while the link
 * can be used, else why not. Read from the primary: the link was made a moment ago.
 */
export async function findAccountLink(token: string): Promise<AccountLinkView> {
  if (!accountLinkTokenSchema.safeParse(token).success) return { state: "UNKNOWN" };
  const link = await prisma.accountLink.findUnique({
    where: { tokenHash: hashLinkToken(token) },
    include: { user: { select: { email: true, role: true, active: true } } },
  });
  const state = linkState(link, realNow());
  if (state !== "USABLE") return { state };
  return { state, kind: link!.kind, email: link!.user.email, role: link!.user.role };
}
