import { pageTitle } from "@/lib/i18n/page-title";
import { headers } from "next/headers";
import { API_OPERATIONS, openApiDocument } from "@/lib/api/openapi";
import type { Dictionary } from "@/lib/i18n/dictionaries";
import { getDictionary } from "@/lib/i18n/server";

type Words = Dictionary["apiDocs"];

export const generateMetadata = () => pageTitle((t) => t.titles.apiDocs);

type Schema = {
  type?: string | string[];
  enum?: unknown[];
  format?: string;
  default?: unknown;
  minimum?: number;
  maximum?: number;
  maxLength?: number;
  maxItems?: number;
  description?: string;
  properties?: Record<string, Schema>;
  required?: string[];
  items?: Schema;
  anyOf?: Schema[];
};

/** A field's type in one line: "string (date-time)", "one of: A | B", "array (≤ 5000 items)". */
function typeOf(schema: Schema, w: Words): string {
  if (schema.enum) return `${w.oneOf}: ${schema.enum.join(" | ")}`;
  if (schema.anyOf) return schema.anyOf.map((s) => typeOf(s, w)).join(` ${w.or} `);
  const type = [schema.type].flat().filter(Boolean).join(" | ") || "any";
  const detail = [
    schema.format,
    schema.maxLength !== undefined && `≤ ${schema.maxLength} ${w.chars}`,
    schema.minimum !== undefined && `≥ ${schema.minimum}`,
    schema.maximum !== undefined && `≤ ${schema.maximum}`,
    schema.maxItems !== undefined && `≤ ${schema.maxItems} ${w.items}`,
    schema.default !== undefined && `${w.defaultValue} ${JSON.stringify(schema.default)}`,
  ].filter(Boolean);
  return detail.length ? `${type} (${detail.join(", ")})` : type;
}

/** A table of an object's fields, and of the fields of its array items. */
function Fields({ schema, caption, w }: { schema: Schema; caption: string; w: Words }) {
  const rows = Object.entries(schema.properties ?? {});
  if (rows.length === 0) return null;
  return (
    <>
      <div className="mt-2 overflow-x-auto">
        <table className="w-full text-left text-sm">
          <caption className="text-left font-medium">{caption}</caption>
          <thead className="bg-gray-50">
            <tr>
              {[w.field, w.type, w.required].map((h) => (
                <th key={h} scope="col" className="px-2 py-1">
                  {h}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {rows.map(([name, field]) => (
              <tr key={name} className="border-t border-gray-100 align-top">
                <th scope="row" className="px-2 py-1 font-mono font-normal">
                  {name}
                </th>
                <td className="break-words px-2 py-1">{typeOf(field, w)}</td>
                <td className="px-2 py-1">{schema.required?.includes(name) ? w.yes : w.no}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {rows
        .filter(([, field]) => field.items?.properties)
        .map(([name, field]) => (
          <Fields key={name} schema={field.items!} caption={w.eachItem.replace("{name}", name)} w={w} />
        ))}
    </>
  );
}

/** The API reference, read from the same OpenAPI document as /api/v1/openapi.json, in the reader's language. */
export default async function ApiDocsPage() {
  const { t, locale } = await getDictionary();
  const w = t.apiDocs;
  const h = await headers();
  const origin = `${h.get("x-forwarded-proto") ?? "http"}://${h.get("host") ?? "localhost:3000"}`;
  const doc = openApiDocument(origin);
  return (
    <div className="space-y-6">
      <div>
        <h1 className="text-3xl font-bold">SIGAP API</h1>
        <p className="mt-2 max-w-3xl text-gray-700">{w.lead}</p>
        <p className="mt-2 text-sm">
          OpenAPI 3.1:{" "}
          <a href="/api/v1/openapi.json" className="font-medium text-brand-700 underline">
            /api/v1/openapi.json
          </a>{" "}
          · {w.errors.split("{shape}")[0]}
          <code>{'{"error": {"code", "message", "fieldErrors"}}'}</code>
          {w.errors.split("{shape}")[1]}
        </p>
      </div>
      <nav aria-label={w.endpoints}>
        <ul className="list-disc pl-5 text-sm">
          {API_OPERATIONS.map((op) => (
            <li key={`${op.method} ${op.path}`}>
              <a href={`#${op.method}-${op.path}`} className="text-brand-700 underline">
                {op.method.toUpperCase()} {op.path}
              </a>{" "}
              — {locale === "id" ? op.summaryId : op.summary}
            </li>
          ))}
        </ul>
      </nav>
      {API_OPERATIONS.map((op) => {
        const described = (doc.paths[op.path] as Record<string, Record<string, unknown>>)[op.method] as {
          parameters?: { name: string; required: boolean; schema: Schema }[];
          requestBody?: { content: { "application/json": { schema: Schema } } };
          responses: Record<string, { content?: Record<string, { schema?: Schema }> }>;
        };
        const answer = described.responses[op.ok.status]?.content?.["application/json"]?.schema;
        return (
          <section
            key={`${op.method} ${op.path}`}
            id={`${op.method}-${op.path}`}
            aria-labelledby={`h-${op.method}-${op.path}`}
            className="rounded-lg border border-gray-200 bg-white p-4"
          >
            <h2 id={`h-${op.method}-${op.path}`} className="font-mono text-lg font-semibold">
              {op.method.toUpperCase()} {op.path}
            </h2>
            <p className="font-medium">{locale === "id" ? op.summaryId : op.summary}</p>
            <p className="mt-1 text-sm text-gray-700">{locale === "id" ? op.descriptionId : op.description}</p>
            <p className="mt-1 text-sm">
              {w.auth}: {op.auth === "none" ? w.authNone : op.auth === "apiKey" ? w.authApiKey : w.authCheckpoint}
              {op.rateLimited && ` · ${w.rateLimited}`}
            </p>
            {described.parameters && (
              <Fields
                w={w}
                caption={w.query}
                schema={{
                  properties: Object.fromEntries(described.parameters.map((p) => [p.name, p.schema])),
                  required: described.parameters.filter((p) => p.required).map((p) => p.name),
                }}
              />
            )}
            {described.requestBody && (
              <Fields w={w} caption={w.body} schema={described.requestBody.content["application/json"].schema} />
            )}
            {answer && <Fields w={w} caption={w.answer.replace("{status}", String(op.ok.status))} schema={answer} />}
            <p className="mt-2 text-sm">
              {w.responses}: {Object.keys(described.responses).join(", ")}
            </p>
          </section>
        );
      })}
    </div>
  );
}
