import { z } from "zod";
import { decisionRequestSchema } from "@/lib/validations/decision";
import { MAX_EVENTS_PER_BATCH, visitEventSchema } from "@/lib/validations/event";
import { openDataQuerySchema } from "@/lib/validations/open-data";
import { rulesQuerySchema } from "@/lib/validations/rule";
import {
  checkpointResponseSchema,
  decisionResponseSchema,
  eventsResponseSchema,
  openApiDocumentSchema,
  openDataMetaSchema,
  openDataTableSchema,
  rulesResponseSchema,
} from "./response-schemas";

// The OpenAPI 3.1 document of /api/v1, generated from the very zod schemas the routes parse
// with (zod 4 writes JSON Schema 2020-12, which is OpenAPI 3.1's schema language): what the
// document says a route takes is what the route accepts. A test checks that every route
// under app/api/v1 is described here.

type Auth = "none" | "apiKey" | "checkpoint";
type Method = "get" | "post";

export type ApiOperation = {
  path: string;
  method: Method;
  /** The operation's name in a generated client (unique, camelCase). */
  operationId: string;
  summary: string;
  description: string;
  /** The same in Indonesian, for /api/docs read in Indonesian (the JSON document stays English). */
  summaryId: string;
  descriptionId: string;
  auth: Auth;
  query?: z.ZodType;
  body?: z.ZodType;
  /** The success answer: its status, what it is, its media type and (JSON) its schema. */
  ok: { status: number; description: string; mediaType?: string; schema?: z.ZodType };
  rateLimited?: boolean;
};

const eventBatchDoc = z.strictObject({
  events: z.array(visitEventSchema).min(1).max(MAX_EVENTS_PER_BATCH),
});

export const API_OPERATIONS: ApiOperation[] = [
  {
    path: "/api/v1/decisions",
    method: "post",
    operationId: "decideVisit",
    summary: "Decide one visit",
    description:
      "What the rules in force at `at` decide for a visitor (service, agency kind, PeduliLindungi colour, doses, age, exemptions): the outcome, the rule versions that decided it, the reason in Indonesian and English, and `changes` — a scheduled rule version that will decide otherwise, and from when. Contradictory input (Kuning with 2 doses) is a 422 naming the fields.",
    summaryId: "Putuskan satu kunjungan",
    descriptionId:
      "Apa keputusan aturan yang berlaku pada `at` untuk seorang pengunjung (layanan, jenis instansi, warna PeduliLindungi, dosis, umur, pengecualian): hasilnya, versi aturan yang memutuskan, alasan dalam bahasa Indonesia dan Inggris, dan `changes` — versi aturan terjadwal yang akan memutuskan lain, serta sejak kapan. Isian yang bertentangan (Kuning dengan 2 dosis) dijawab 422 dengan nama kolomnya.",
    auth: "none",
    body: decisionRequestSchema,
    ok: { status: 200, description: "The decision", schema: decisionResponseSchema },
    rateLimited: true,
  },
  {
    path: "/api/v1/rules",
    method: "get",
    operationId: "listRulesInForce",
    summary: "Rules in force",
    description: "The rule versions in force now, or at `at`, with their definitions, as the engine reads them.",
    summaryId: "Aturan yang berlaku",
    descriptionId:
      "Versi aturan yang berlaku sekarang, atau pada `at`, dengan definisinya, sebagaimana dibaca mesin aturan.",
    auth: "none",
    query: rulesQuerySchema,
    ok: { status: 200, description: "The rules in force", schema: rulesResponseSchema },
    rateLimited: true,
  },
  {
    path: "/api/v1/events",
    method: "post",
    operationId: "sendVisitEvents",
    summary: "Send visit events (scanners)",
    description: `Up to ${MAX_EVENTS_PER_BATCH} anonymous visit events of the key's office. Idempotent by \`id\`: a batch sent again is counted once (\`duplicates\`). Each invalid event is listed in \`rejected\` with its index and field errors; the valid ones are stored. No personal data: an unknown field is refused.`,
    summaryId: "Kirim kejadian kunjungan (pemindai)",
    descriptionId: `Paling banyak ${MAX_EVENTS_PER_BATCH} kejadian kunjungan anonim dari kantor pemilik kunci. Idempoten menurut \`id\`: kiriman ulang dihitung sekali (\`duplicates\`). Setiap kejadian yang tidak valid tercantum di \`rejected\` dengan indeks dan kesalahan per kolom; yang valid disimpan. Tanpa data pribadi: kolom yang tidak dikenal ditolak.`,
    auth: "apiKey",
    body: eventBatchDoc,
    ok: { status: 200, description: "accepted, duplicates, rejected", schema: eventsResponseSchema },
    rateLimited: true,
  },
  {
    path: "/api/v1/checkpoint",
    method: "get",
    operationId: "getCheckpointConfiguration",
    summary: "Checkpoint configuration (desk tablets)",
    description:
      "The checkpoint link's office, its services, the nearest vaccination post and the rules in force: what the desk page caches to decide offline.",
    summaryId: "Konfigurasi pos pemeriksaan (tablet meja layanan)",
    descriptionId:
      "Kantor pemilik tautan pos pemeriksaan, layanannya, pos vaksinasi terdekat dan aturan yang berlaku: yang disimpan halaman meja layanan untuk memutuskan tanpa jaringan.",
    auth: "checkpoint",
    ok: { status: 200, description: "The office's checkpoint configuration", schema: checkpointResponseSchema },
  },
  {
    path: "/api/v1/open-data/traffic.json",
    method: "get",
    operationId: "getOpenDataJson",
    summary: "Open data: visits (JSON)",
    description:
      "Visits by outcome for whole past months, grouped by day, week, month, kecamatan, service or outcome, from the audited public releases. A hidden number is `null` and its key is listed in the row's `suppressed`. CC BY 4.0.",
    summaryId: "Data terbuka: kunjungan (JSON)",
    descriptionId:
      "Kunjungan menurut hasil untuk bulan-bulan penuh yang sudah lewat, per hari, minggu, bulan, kecamatan, layanan atau hasil, dari rilis publik yang sudah diaudit. Angka yang disembunyikan bernilai `null` dan kuncinya tercantum di `suppressed` barisnya. CC BY 4.0.",
    auth: "none",
    query: openDataQuerySchema,
    ok: { status: 200, description: "The table, its meta and totals", schema: openDataTableSchema },
    rateLimited: true,
  },
  {
    path: "/api/v1/open-data/traffic.csv",
    method: "get",
    operationId: "getOpenDataCsv",
    summary: "Open data: visits (CSV)",
    description: "The same table as CSV; a hidden number is `x`. CC BY 4.0.",
    summaryId: "Data terbuka: kunjungan (CSV)",
    descriptionId: "Tabel yang sama dalam CSV; angka yang disembunyikan ditulis `x`. CC BY 4.0.",
    auth: "none",
    query: openDataQuerySchema,
    ok: { status: 200, description: "The table as CSV", mediaType: "text/csv" },
    rateLimited: true,
  },
  {
    path: "/api/v1/open-data/meta.json",
    method: "get",
    operationId: "getOpenDataMeta",
    summary: "Open data: metadata",
    description:
      "Licence, definitions, the suppression rule, every published version of every month with its audit, and the errata.",
    summaryId: "Data terbuka: metadata",
    descriptionId:
      "Lisensi, definisi, aturan penyembunyian angka kecil, setiap versi yang terbit untuk setiap bulan beserta auditnya, dan ralat.",
    auth: "none",
    ok: { status: 200, description: "The metadata", schema: openDataMetaSchema },
    rateLimited: true,
  },
  {
    path: "/api/v1/openapi.json",
    method: "get",
    operationId: "getOpenApiDocument",
    summary: "This document",
    description: "The OpenAPI 3.1 document of /api/v1, generated from the schemas the routes parse with.",
    summaryId: "Dokumen ini",
    descriptionId: "Dokumen OpenAPI 3.1 untuk /api/v1, dibuat dari skema yang dipakai rute untuk memeriksa masukan.",
    auth: "none",
    ok: { status: 200, description: "The OpenAPI document", schema: openApiDocumentSchema },
    rateLimited: true,
  },
];

/** A zod schema as an OpenAPI 3.1 schema (a request's side: defaults are optional to send; an answer's: as sent). */
function schemaOf(schema: z.ZodType, io: "input" | "output" = "input"): Record<string, unknown> {
  const { $schema: _dialect, ...json } = z.toJSONSchema(schema, { io, unrepresentable: "any" }) as Record<
    string,
    unknown
  >;
  return json;
}

function queryParameters(schema: z.ZodType) {
  const json = schemaOf(schema) as { properties?: Record<string, unknown>; required?: string[] };
  return Object.entries(json.properties ?? {}).map(([name, property]) => ({
    name,
    in: "query",
    required: json.required?.includes(name) ?? false,
    schema: property,
  }));
}

const ERROR = { $ref: "#/components/responses/Error" };

/** The whole document, with `serverUrl` as its server. */
export function openApiDocument(serverUrl: string) {
  const paths: Record<string, Record<string, unknown>> = {};
  for (const op of API_OPERATIONS) {
    const security = op.auth === "none" ? [] : [{ [op.auth]: [] }];
    paths[op.path] = {
      ...paths[op.path],
      [op.method]: {
        operationId: op.operationId,
        summary: op.summary,
        description: op.description,
        security,
        ...(op.query ? { parameters: queryParameters(op.query) } : {}),
        ...(op.body
          ? { requestBody: { required: true, content: { "application/json": { schema: schemaOf(op.body) } } } }
          : {}),
        responses: {
          [op.ok.status]: {
            description: op.ok.description,
            content: {
              [op.ok.mediaType ?? "application/json"]: op.ok.schema ? { schema: schemaOf(op.ok.schema, "output") } : {},
            },
          },
          ...(op.auth === "none" ? {} : { 401: ERROR }),
          ...(op.query || op.body ? { 422: ERROR } : {}),
          ...(op.body ? { 413: ERROR } : {}),
          ...(op.rateLimited ? { 429: ERROR } : {}),
          503: ERROR,
        },
      },
    };
  }
  return {
    openapi: "3.1.0",
    info: {
      title: "SIGAP API",
      version: "1",
      description:
        "Sistem Informasi Gerbang Akses Pelayanan, Kota Bekasi (SE 440/1395/SET.COVID-19). No endpoint takes or returns personal data. Times are ISO 8601 with a zone; days are WIB.",
      license: { name: "CC BY 4.0 (open data)", url: "https://creativecommons.org/licenses/by/4.0/" },
    },
    servers: [{ url: serverUrl }],
    paths,
    components: {
      securitySchemes: {
        apiKey: {
          type: "http",
          scheme: "bearer",
          description: "An office's scanner API key (sgp_…), created by its agency admin; shown once.",
        },
        checkpoint: {
          type: "http",
          scheme: "bearer",
          description: "A checkpoint link's token (the `t` of /pos/CODE#t=…).",
        },
      },
      responses: {
        Error: {
          description: "An error: its code, a message in Indonesian and, for invalid input, the message of each field.",
          content: {
            "application/json": {
              schema: {
                type: "object",
                properties: {
                  error: {
                    type: "object",
                    properties: {
                      code: { type: "string" },
                      message: { type: "string" },
                      fieldErrors: {
                        type: "object",
                        additionalProperties: { type: "array", items: { type: "string" } },
                      },
                    },
                    required: ["code", "message"],
                  },
                },
                required: ["error"],
              },
            },
          },
        },
      },
    },
  };
}
