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

/** The CSV column of each API field whose name differs (the rest are spelt alike). */
const COLUMN_OF_FIELD: Record<string, string> = {
  occurredAt: "occurred_at",
  ageBand: "age_band",
  plStatus: "pl_status",
  vaccinationPost: "vaccination_post",
};

/** The CSV column a message about API field `field` belongs to. */
export const columnOfField = (field: string): string => COLUMN_OF_FIELD[field] ?? field;

const FIELD_NAMES = new RegExp(`\\b(${Object.keys(COLUMN_OF_FIELD).join("|")})\\b`, "g");

/**
 * A row error's message with the API's field names written as the file's columns
 * ("plStatus dan doses bertentangan" → "pl_status dan doses bertentangan"). Applied after the
 * message is in the reader's language: the catalog knows the messages by their API wording.
 */
export const inFileColumns = (message: string): string => message.replace(FIELD_NAMES, (field) => columnOfField(field));
