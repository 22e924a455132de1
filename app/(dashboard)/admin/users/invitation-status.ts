import { formatDateTime } from "@/lib/format";
import type { UserRow } from "@/lib/data/users";
import type { Dictionary, Locale } from "@/lib/i18n/dictionaries";

/** An invited account's state in words: invited until when, expired, or cancelled. */
export function invitationStatus(
  invitation: NonNullable<UserRow["invitation"]>,
  u: Pick<Dictionary["users"], "invitationOpen" | "invitationExpired" | "invitationRevoked">,
  locale: Locale,
): string {
  if (invitation.state === "open")
    return u.invitationOpen.replace("{until}", formatDateTime(invitation.expiresAt, locale));
  return invitation.state === "expired" ? u.invitationExpired : u.invitationRevoked;
}
