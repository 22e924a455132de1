import "server-only";
import { notFound } from "next/navigation";

// Every record a page shows by its address (/offices/CODE, /rules/CODE/v/2, /circulars/ID)
// takes its key through here. Anything a key cannot be — a NUL byte, a broken %-escape, a
// path of 5 000 characters — is the 404 page, before it reaches a query.

const CODE = /^[A-Za-z0-9][A-Za-z0-9._-]{0,79}$/;
const ID = /^[a-z0-9]{1,40}$/;

function decoded(raw: string): string {
  try {
    return decodeURIComponent(raw);
  } catch {
    notFound();
  }
}

/** A code from the path ("DISDUKCAPIL-001", "32.75.01"), or notFound(). */
export function pathCode(raw: string): string {
  const code = decoded(raw);
  if (!CODE.test(code)) notFound();
  return code;
}

/** A database id (cuid) from the path, or notFound(). */
export function pathId(raw: string): string {
  if (!ID.test(raw)) notFound();
  return raw;
}
