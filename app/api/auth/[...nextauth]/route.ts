import NextAuth from "next-auth";
import { authOptions } from "@/lib/auth/options";
import { refusalStatus } from "@/lib/auth/sign-in-refusal";

const handler = NextAuth(authOptions);

/**
 * next-auth answers every refused sign-in with the same status and the reason in the URL it
 * returns; a lockout becomes a 429 and a full password queue a 503, each with Retry-After,
 * so a client or a proxy can back off without reading the body.
 */
async function withRefusalStatus(request: Request, context: unknown): Promise<Response> {
  const response = (await (handler as (r: Request, c: unknown) => Promise<Response>)(request, context)) as Response;
  const refusal = await refusalStatus(response);
  if (!refusal) return response;
  const headers = new Headers(response.headers);
  headers.set("Retry-After", String(refusal.retryAfterSeconds));
  return new Response(response.body, { status: refusal.status, headers });
}

export { handler as GET, withRefusalStatus as POST };
