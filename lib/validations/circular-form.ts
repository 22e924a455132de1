import { wibInputToIso } from "@/lib/wib";

// The circular form → the shape createCircularSchema checks: the clauses are typed one a
// line ("1. Setiap warga …"), and the start is a datetime-local read as WIB.

function parseClauses(text: string): { number: string; text: string }[] {
  return text
    .split(/\r?\n/)
    .map((line) => line.trim())
    .filter(Boolean)
    .map((line, index) => {
      const match = /^(\d+[a-z]?)[.)]\s*(.+)$/.exec(line);
      return match ? { number: match[1], text: match[2] } : { number: String(index + 1), text: line };
    });
}

/** A circular form post → the fields of createCircularSchema, still unchecked. */
export function circularFromForm(form: FormData) {
  const text = (name: string) => {
    const value = form.get(name);
    return typeof value === "string" ? value : "";
  };
  return {
    number: text("number"),
    issuedOn: text("issuedOn"),
    issuer: text("issuer"),
    title: text("title"),
    body: text("body"),
    effectiveFrom: text("effectiveFrom") ? wibInputToIso(text("effectiveFrom")) : "",
    clauses: parseClauses(text("clauses")),
  };
}
