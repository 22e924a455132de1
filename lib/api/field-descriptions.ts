// What the OpenAPI document says of a field, beside its schema (lib/validations): written for
// integrators, in English like the rest of the document, and kept out of the schemas' modules,
// whose strings are messages people are shown (test/message-ids.ts).

export const EVENT_ID_DESCRIPTION =
  "The device's own id of the visit (1–64 characters), unique per office: a batch sent again is counted once. Refused when it holds what can be a NIK (16 digits with a province code, regency and kecamatan codes, a birth date — day + 40 for women — and a serial; spaces, dots and dashes between digits do not hide one) or an Indonesian mobile number (08…, 628…): SIGAP keeps no personal data. Timestamps, counters and UUIDs are fine.";
