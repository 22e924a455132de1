import { z } from "zod";
import "@/lib/validations/zod-locale";
import { plainText } from "@/lib/validations/text";

// Every table's URL state goes through this one schema. `.catch()` turns a bad value
// into its default, so a hand-edited URL never crashes a page.
import { PER_PAGE_OPTIONS } from "./constants";

export { PER_PAGE_OPTIONS };

export type SortState = { id: string; desc: boolean };

const sortSchema = z
  .string()
  .regex(/^[a-zA-Z]+\.(asc|desc)$/)
  .transform((value): SortState => {
    const [id, direction] = value.split(".");
    return { id, desc: direction === "desc" };
  });

/** Builds the list-params schema of one table: its sortable columns and default sort. */
export function listParamsSchema<const TSort extends string>(options: {
  sortable: readonly TSort[];
  defaultSort: { id: TSort; desc: boolean };
}) {
  return z.object({
    page: z.coerce.number().int().min(1).max(100_000).catch(1),
    perPage: z.coerce.number().int().min(1).max(100).catch(25),
    sort: sortSchema
      .refine((s) => (options.sortable as readonly string[]).includes(s.id))
      .transform((s) => s as { id: TSort; desc: boolean })
      .catch(options.defaultSort),
    q: plainText("Cari", { max: 100 }).catch(""),
  });
}

/** Next's searchParams (string | string[]) flattened to the first value of each key. */
export function firstValues(
  searchParams: Record<string, string | string[] | undefined>,
): Record<string, string | undefined> {
  return Object.fromEntries(
    Object.entries(searchParams).map(([key, value]) => [key, Array.isArray(value) ? value[0] : value]),
  );
}

/** A page of rows with the total that matches the filters. */
export type Page<T> = { rows: T[]; total: number; page: number; perPage: number };

/** A page of `rows` for the paging part of `params`. */
export function pageOf<T>(params: { page: number; perPage: number }, total: number, rows: T[]): Page<T> {
  return { total, page: params.page, perPage: params.perPage, rows };
}
