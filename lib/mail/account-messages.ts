import "server-only";
import { mustEnrolSecondFactor } from "@/lib/auth/totp";
import { appUrl } from "@/lib/env";
import { formatDateTime } from "@/lib/format";
import { fill } from "@/lib/i18n/fill";
import { DICTIONARIES, isLocale, type Locale } from "@/lib/i18n/dictionaries";
import type { RoleCode } from "@/lib/vocabulary";
import { composeMail, type ComposedMail } from "./compose";

// The two messages of an account's links: the invitation and the password reset, each in its
// recipient's language, with the one-time link and when it stops working (WIB).

export type Recipient = { name: string; email: string; role: RoleCode; locale: string };

/** The recipient's language: their preference, Indonesian when it is not one SIGAP speaks. */
export const localeOf = (recipient: { locale: string }): Locale =>
  isLocale(recipient.locale) ? recipient.locale : "id";

/** The address a one-time link opens: the page that sets the password. */
export const accountLinkUrl = (token: string) => `${appUrl()}/set-password/${token}`;

export function invitationMail(
  to: Recipient,
  link: { token: string; expiresAt: Date },
  by: string,
  agency: string | null,
): ComposedMail {
  const locale = localeOf(to);
  const t = DICTIONARIES[locale];
  const m = t.mail.invitation;
  return composeMail(locale, m.subject, {
    name: to.name,
    paragraphs: [
      fill(m.body, { by, role: t.roles[to.role], agency: agency ? fill(m.agency, { agency }, locale) : "" }, locale),
    ],
    action: { label: m.action, url: accountLinkUrl(link.token) },
    after: [
      fill(
        m.expires,
        { until: formatDateTime(link.expiresAt, locale), login: `${appUrl()}/login`, email: to.email },
        locale,
      ),
      ...(mustEnrolSecondFactor({ role: to.role }) ? [m.secondFactor] : []),
      m.notYou,
    ],
  });
}

export function passwordResetMail(to: Recipient, link: { token: string; expiresAt: Date }): ComposedMail {
  const locale = localeOf(to);
  const m = DICTIONARIES[locale].mail.reset;
  return composeMail(locale, m.subject, {
    name: to.name,
    paragraphs: [fill(m.body, { email: to.email }, locale)],
    action: { label: m.action, url: accountLinkUrl(link.token) },
    after: [fill(m.expires, { until: formatDateTime(link.expiresAt, locale) }, locale), m.notYou],
  });
}
