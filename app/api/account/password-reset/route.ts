import { after } from "next/server";
import { clientAddress } from "@/lib/api/rate-limit";
import { withPublicRoute } from "@/lib/api/with-route";
import { log } from "@/lib/log.mjs";
import { requestPasswordReset } from "@/lib/services/account-links";
import { passwordResetRequestSchema } from "@/lib/validations/account-links";

/**
 * POST /api/account/password-reset {email} — "Lupa kata sandi?". Always 202 with the same body,
 * answered before anything is looked up (the work runs after the response), so neither the
 * answer nor its timing says whether the address has an account. Five requests per client
 * address per 15 minutes; each account is sent at most three links an hour.
 */
export const POST = withPublicRoute(
  { rateLimit: { limit: 5, windowMs: 15 * 60_000 }, body: passwordResetRequestSchema, bodyHint: '{"email": "…"}' },
  async ({ body, request }) => {
    const address = clientAddress(request.headers);
    after(() =>
      requestPasswordReset(body, address).catch((error) =>
        log().error({ err: error }, "password reset request failed"),
      ),
    );
    return Response.json({ accepted: true }, { status: 202, headers: { "Cache-Control": "no-store" } });
  },
);
