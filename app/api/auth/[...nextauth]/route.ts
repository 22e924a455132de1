import NextAuth from "next-auth";
import { authOptions } from "@/lib/auth/options";
import { liveSessionAnswer } from "@/lib/auth/session-answer";
import { signInRefusal } from "@/lib/auth/sign-in-refusal";

type Handler = (request: Request, context: unknown) => Promise<Response>;
const handler = NextAuth(authOptions) as Handler;

/**
 * next-auth answers every refused sign-in with the same status and the reason in the URL it
 * returns; a lockout becomes a 429 and a full password queue a 503, each with Retry-After,
 * so a client or a proxy can back off without reading the body (and the server in front of
 * the app answers a locked address itself until then).
 */
async function POST(request: Request, context: unknown): Promise<Response> {
  const response = await handler(request, context);
  const refusal = await signInRefusal(response);
  if (!refusal) return response;
  const headers = new Headers(response.headers);
  for (const [name, value] of Object.entries(refusal.headers)) headers.set(name, value);
  return new Response(response.body, { status: refusal.status, headers });
}

/**
 * next-auth's session answer reads only the cookie; /api/auth/session also asks the session
 * row, so a signed-out browser's copied cookie or a deactivated account gets no user (pages
 * and actions check the row through lib/auth/guard.ts already).
 */
async function GET(request: Request, context: unknown): Promise<Response> {
  const response = await handler(request, context);
  return new URL(request.url).pathname.endsWith("/session") ? liveSessionAnswer(response) : response;
}

export { GET, POST };
