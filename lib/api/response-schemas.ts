import { z } from "zod";
import { ruleDefinitionSchema } from "@/lib/rules/definition";
import { OPEN_DATA_GROUPINGS } from "@/lib/validations/open-data";
import { OUTCOMES } from "@/lib/vocabulary";

// What the API answers, as schemas: written into the OpenAPI document (a generated client knows
// the shapes), and checked against real answers by the routes' tests, so the document cannot
// drift from what the routes send.

const reason = z.strictObject({
  id: z.string().describe("The reason in Indonesian"),
  en: z.string().describe("The reason in English"),
});

const decided = {
  outcome: z.enum(OUTCOMES),
  rules: z
    .array(z.strictObject({ id: z.string(), version: z.number().int() }))
    .describe("The rule versions that decided"),
  reason,
  passableFrom: z.iso
    .datetime({ offset: true })
    .optional()
    .describe("When a visitor waiting out an interval after a dose may be served"),
};

/** POST /api/v1/decisions: the decision, and the scheduled change that will decide otherwise (or null). */
export const decisionResponseSchema = z.strictObject({
  ...decided,
  changes: z
    .strictObject({ from: z.iso.datetime({ offset: true }), ...decided })
    .nullable()
    .describe("A rule version already scheduled that will decide this visitor otherwise, from `from`"),
});

/** POST /api/v1/events: how many were stored, how many were sent before, and each refused event. */
export const eventsResponseSchema = z.strictObject({
  accepted: z.number().int().min(0),
  duplicates: z.number().int().min(0),
  rejected: z.array(
    z.strictObject({
      index: z.number().int().min(0).describe("The event's place in the batch, from 0"),
      errors: z.record(z.string(), z.array(z.string())).describe("Each field's messages"),
    }),
  ),
});

const instant = z.iso.datetime({ offset: true });
const bilingual = z.strictObject({ id: z.string(), en: z.string() });

/** GET /api/v1/rules: the rule versions in force at `at`, as the engine reads them. */
export const rulesResponseSchema = z.strictObject({
  at: instant,
  rules: z.array(
    z.strictObject({
      id: z.string().describe("The rule's code"),
      version: z.number().int().min(1),
      title: z.string(),
      circular: z.string().describe("The number of the circular the rule belongs to"),
      clause: z.strictObject({ number: z.string(), text: z.string() }).nullable(),
      strength: z.enum(["WAJIB", "IMBAUAN"]).describe("WAJIB: mandatory; IMBAUAN: advisory"),
      validFrom: instant,
      validTo: instant.nullable(),
      description: bilingual,
      definition: ruleDefinitionSchema,
    }),
  ),
});

/** GET /api/v1/checkpoint: what a desk tablet caches to decide offline. */
export { checkpointConfigSchema as checkpointResponseSchema } from "@/lib/checkpoint/config";

const cell = z.number().int().min(0).nullable().describe("A count, or null when it is hidden");
const publishedRow = {
  cells: z.record(z.string(), cell).describe("Each outcome column's count"),
  total: cell,
  suppressed: z.array(z.string()).describe("The keys of this row's hidden counts ('total' for its total)"),
};
const suppressedMark = z.strictObject({ json: z.string(), csv: z.string(), meaning: z.string() });
const licence = z.strictObject({ name: z.string(), url: z.string() });

/** GET /api/v1/open-data/traffic.json: one table of visits by outcome, hidden counts null. */
export const openDataTableSchema = z.strictObject({
  meta: z.strictObject({
    from: z.iso.date(),
    to: z.iso.date(),
    by: z.enum(OPEN_DATA_GROUPINGS),
    version: z.number().int().min(1).optional().describe("Present when one version of a month was asked for"),
    suppressionThreshold: z.number().int(),
    suppressed: suppressedMark,
    lastUpdated: instant.nullable(),
    licence,
  }),
  columns: z.array(z.string()).describe("The outcome codes, in order"),
  rows: z.array(z.strictObject({ key: z.string(), label: z.string().describe("The row in words"), ...publishedRow })),
  totals: z.strictObject(publishedRow),
  late: z
    .strictObject({ label: z.string(), ...publishedRow })
    .optional()
    .describe(
      "Visits reported after a month's first version that a revision could publish only by outcome: in no row above and not in `totals`",
    ),
  totalWithLate: cell.optional().describe("The grand total with the late-reported visits (present with `late`)"),
});

/** GET /api/v1/open-data/meta.json: licence, definitions, every published version and the errata. */
export const openDataMetaSchema = z.strictObject({
  lastUpdated: instant.nullable(),
  releases: z.array(
    z.strictObject({
      month: z.string().regex(/^\d{4}-\d{2}$/),
      version: z.number().int().min(1),
      publishedAt: instant,
      status: z.enum(["pending", "preliminary", "revised", "final"]),
      finalOn: z.iso.date(),
      audit: z.record(z.string(), z.unknown()).describe("What the audit of this version found"),
      download: z.string().describe("This version's table by day"),
    }),
  ),
  errata: z.array(
    z.strictObject({
      publishedAt: instant,
      affected: z.string(),
      description: z.string(),
      descriptionEn: z.string(),
    }),
  ),
  announcements: z.array(
    z.strictObject({
      publishedAt: instant.optional(),
      title: z.string(),
      titleEn: z.string(),
      body: z.string(),
      bodyEn: z.string(),
    }),
  ),
  licence,
  publisher: z.string(),
  suppressionThreshold: z.number().int(),
  suppressed: suppressedMark,
  definitions: z.record(z.string(), z.unknown()),
  endpoints: z.record(z.string(), z.unknown()),
});

/** GET /api/v1/openapi.json: an OpenAPI 3.1 document. */
export const openApiDocumentSchema = z.looseObject({
  openapi: z.literal("3.1.0"),
  info: z.looseObject({ title: z.string(), version: z.string() }),
  paths: z.record(z.string(), z.unknown()),
});
