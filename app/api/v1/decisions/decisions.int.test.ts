import { describe, expect, it } from "vitest";
import { decisionResponseSchema } from "@/lib/api/response-schemas";
import { POST } from "./route";

// The public decision API through its route handler, against the seeded rules: its answers are
// what the OpenAPI document says they are.

const decide = async (body: unknown) =>
  POST(
    new Request("http://localhost/api/v1/decisions", {
      method: "POST",
      headers: { "Content-Type": "application/json" },
      body: JSON.stringify(body),
    }),
  );

const visitor = (status: string, doses: number) => ({ status, doses, age: 34, exemptions: [] });

describe("POST /api/v1/decisions", () => {
  it("answers in the documented shape, served or referred, with the rules that decided", async () => {
    for (const [status, doses] of [
      ["HIJAU", 2],
      ["MERAH", 0],
    ] as const) {
      const response = await decide({
        service: "KTP_EL",
        agencyKind: "GOVERNMENT",
        visitor: visitor(status, doses),
        at: "2022-02-10T09:00:00+07:00",
      });
      expect(response.status).toBe(200);
      const body = await response.json();
      const parsed = decisionResponseSchema.safeParse(body);
      expect(parsed.error?.issues ?? []).toEqual([]);
      expect(body.rules.length).toBeGreaterThan(0);
    }
  });
});
