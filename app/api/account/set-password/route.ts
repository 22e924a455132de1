import { clientAddress } from "@/lib/api/rate-limit";
import { withPublicRoute } from "@/lib/api/with-route";
import { setPasswordWithLink } from "@/lib/services/account-links";
import { z } from "zod";

/**
 * POST /api/account/set-password {token, password, confirm} — the page an invitation or a
 * reset link opens. 200 when the password is set (every session of the account ended), 409
 * for a link expired, used or revoked, 422 for a password the policy refuses (the link is not
 * spent). Twenty requests per client address per 15 minutes.
 */
export const POST = withPublicRoute(
  // The service checks the body, with the form's own words ("Isian kata sandi belum benar").
  { rateLimit: { limit: 20, windowMs: 15 * 60_000 }, body: z.unknown() },
  async ({ body, request }) => {
    const { kind } = await setPasswordWithLink(body, clientAddress(request.headers));
    return Response.json({ kind }, { headers: { "Cache-Control": "no-store" } });
  },
);
