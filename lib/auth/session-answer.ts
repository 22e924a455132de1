import "server-only";
import { actorOfSession } from "./sessions";

/**
 * next-auth's /api/auth/session answer, or an empty session when the one it names is no longer
 * live (revoked by a sign-out or a password change, expired, or its user deactivated).
 */
export async function liveSessionAnswer(response: Response): Promise<Response> {
  if (!response.ok) return response;
  const session = (await response
    .clone()
    .json()
    .catch(() => null)) as { user?: { id?: unknown }; sid?: unknown } | null;
  if (!session?.user) return response;
  const { sid } = session;
  const userId = session.user.id;
  const live = typeof sid === "string" && typeof userId === "string" && (await actorOfSession(sid, userId));
  if (live) return response;
  const headers = new Headers(response.headers);
  headers.delete("content-length");
  return new Response("{}", { status: 200, headers });
}
