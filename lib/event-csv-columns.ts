import { columnOfField } from "@/lib/csv";

// The columns of a visit-event CSV and the API fields they carry. Shared by the server (which
// reads the file) and the upload page (which names the file's own columns in every message).

export const EVENT_CSV_REQUIRED = [
  "office_code",
  "id",
  "occurred_at",
  "service",
  "outcome",
  "proof",
  "age_band",
] as const;
export const EVENT_CSV_OPTIONAL = ["pl_status", "doses", "exemption", "vaccination_post"] as const;

/** The API fields whose column is spelt otherwise (occurredAt for occurred_at), as messages name them. */
const FIELDS_SPELT_OTHERWISE = [...EVENT_CSV_REQUIRED, ...EVENT_CSV_OPTIONAL]
  .filter((column) => column.includes("_"))
  .map((column) => column.replace(/_([a-z])/g, (_, letter: string) => letter.toUpperCase()));
const FIELD_NAMES = new RegExp(`\\b(${FIELDS_SPELT_OTHERWISE.join("|")})\\b`, "g");

/**
 * A row error's message with the API's field names written as the file's columns
 * ("plStatus dan doses bertentangan" → "pl_status dan doses bertentangan"). Applied after the
 * message is in the reader's language: the catalog knows the messages by their API wording.
 */
export const inFileColumns = (message: string): string => message.replace(FIELD_NAMES, columnOfField);
