import { NextResponse } from "next/server";
import { isLocale, LOCALE_COOKIE } from "@/lib/i18n/dictionaries";
import { safeLocalPath } from "@/lib/safe-redirect";

/**
 * POST /api/locale (form: locale) — switches the interface language and goes back to the
 * page the form was on. A full navigation, not a server action: the cached public pages are
 * picked by the cookie when the request arrives (next.config.js), so only a new request shows
 * the other language. Works without JavaScript.
 */
export async function POST(request: Request) {
  const form = await request.formData().catch(() => null);
  const requested = form?.get("locale");
  const locale = isLocale(requested) ? requested : "id";
  // Only the path of the page the form was on is kept: the redirect never leaves this site.
  const referer = URL.parse(request.headers.get("referer") ?? "");
  const back = referer ? safeLocalPath(`${referer.pathname}${referer.search}`) : "/";
  const response = new NextResponse(null, { status: 303, headers: { Location: back } });
  response.cookies.set(LOCALE_COOKIE, locale, { path: "/", maxAge: 365 * 86400, sameSite: "lax" });
  return response;
}
