import { after } from "next/server";
import { z } from "zod";
import { parseOrThrow } from "@/lib/validations/parse";
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
  // The body is checked below, with the form's own words for a wrong address.
  { rateLimit: { limit: 5, windowMs: 15 * 60_000 }, body: z.unknown() },
  async ({ body, request }) => {
    const input = parseOrThrow(passwordResetRequestSchema, body, "Alamat email tidak valid.");
    const address = clientAddress(request.headers);
    after(() =>
      requestPasswordReset(input, address).catch((error) =>
        log().error({ err: error }, "password reset request failed"),
      ),
    );
    return Response.json({ accepted: true }, { status: 202, headers: { "Cache-Control": "no-store" } });
  },
);
