import { NextResponse, type NextRequest } from "next/server";
import { REQUESTED_PATH_HEADER } from "@/lib/auth/requested-path";
import { databaseAnswering } from "@/lib/db-pool";
import { contentSecurityPolicy } from "@/lib/security-headers.mjs";

// Runs before every page that is rendered per request (not the cached public pages, the
// APIs or static files: see `config.matcher`). Two jobs, each cheaper here than in every page:
// 1. a fresh CSP nonce per response, which Next puts on its own scripts (and the path asked
//    for, which the sign-in redirect keeps);
// 2. while the database does not answer, a 503 with Retry-After instead of a failing page.
// (A server action posted from a foreign origin is refused before Next, on every path, by
// scripts/serve.mjs: lib/action-origin.mjs.)

const DATABASE_DOWN_PAGE = `<!doctype html><html lang="id"><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1">
<title>SIGAP — sementara tidak tersedia</title><main style="font-family:system-ui,sans-serif;max-width:36rem;margin:4rem auto;padding:0 1rem">
<h1>SIGAP sementara tidak tersedia</h1><p>Basis data sedang tidak dapat dihubungi. Coba lagi dalam beberapa saat; tidak ada data yang hilang.</p>
<p lang="en">SIGAP is temporarily unavailable: its database cannot be reached. Try again shortly; no data was lost.</p></main></html>`;

export async function proxy(request: NextRequest) {
  if (!(await databaseAnswering())) {
    return new NextResponse(DATABASE_DOWN_PAGE, {
      status: 503,
      headers: { "Content-Type": "text/html; charset=utf-8", "Retry-After": "30", "Cache-Control": "no-store" },
    });
  }
  const nonce = Buffer.from(crypto.getRandomValues(new Uint8Array(16))).toString("base64");
  const policy = contentSecurityPolicy(nonce);
  // Next reads the nonce from the request's CSP header and stamps it on the scripts it writes.
  const headers = new Headers(request.headers);
  headers.set("Content-Security-Policy", policy);
  // The page asked for, so a sign-in redirect can bring the official back to it (lib/auth/guard.ts).
  headers.set(REQUESTED_PATH_HEADER, `${request.nextUrl.pathname}${request.nextUrl.search}`);
  const response = NextResponse.next({ request: { headers } });
  response.headers.set("Content-Security-Policy", policy);
  return response;
}

export const config = {
  // Not: the APIs (but the API reference page, /api/docs) and the CSV route handlers (they answer for themselves), static files (the
  // desk's service worker, the favicon), and the cached public pages "/", "/transparansi" and "/transparansi/YYYY-MM",
  // which get a fixed policy from next.config.js. Each request through here costs the proxy.
  matcher: [
    "/((?!api/(?!docs$)|_next/static/|_next/image|transparansi$|transparansi/\\d{4}-\\d{2}$|id$|en$|id/|en/|[^?]*\\.(?:js|css|ico|png|svg|txt|json|webmanifest|csv)$).+)",
  ],
};
