import createClient, { type Client } from "openapi-fetch";
import type { paths } from "./schema";

// A typed client of /api/v1: its methods and the shapes they send and get back come from the
// OpenAPI document (`npm run api:client` writes ./schema.d.ts from it), through openapi-fetch.
// The tests call every route through it; an integrator can generate the same from
// /api/v1/openapi.json (README, "API").

export type SigapClient = Client<paths>;

/** A client of the SIGAP at `baseUrl`; `token` is an office API key or a checkpoint token, for the routes that need one. */
export function createSigapClient(options: {
  baseUrl: string;
  token?: string;
  fetch?: (request: Request) => Promise<Response>;
}): SigapClient {
  return createClient<paths>({
    baseUrl: options.baseUrl,
    headers: options.token ? { Authorization: `Bearer ${options.token}` } : {},
    ...(options.fetch ? { fetch: options.fetch } : {}),
  });
}
