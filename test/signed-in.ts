import { openSession } from "@/lib/auth/sessions";
import type { RoleCode } from "@/lib/vocabulary";
import { demoActor } from "./actors";

// Tests that call route handlers and server actions directly sign in the way next-auth
// would leave it: a real UserSession row for a seeded demo user. Each such test file mocks
// next-auth's getServerSession with `currentSession` (vi.mock must be written in the file):
//   vi.mock("next-auth", async (original) => ({ ...(await original<object>()),
//     getServerSession: async () => (await import("@/test/signed-in")).currentSession() }));

type Session = { user: Record<string, unknown>; sid: string; expires: string };
let session: Session | null = null;

export function currentSession(): Session | null {
  return session;
}

/** Signs in as the demo user of `role` (a real, live session), or signs out (null). */
export async function signInAs(role: RoleCode | null): Promise<void> {
  if (!role) return void (session = null);
  const actor = await demoActor(role);
  session = {
    user: { ...actor },
    sid: await openSession(actor, 1),
    expires: new Date(Date.now() + 3600_000).toISOString(),
  };
}
