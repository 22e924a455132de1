/** One CSV field, quoted when it holds a separator, quote or line break (RFC 4180). */
function csvField(value: string | number | null | undefined): string {
  const text = value === null || value === undefined ? "" : String(value);
  // A leading = + - @ would be run as a formula by spreadsheets (CSV injection).
  const safe = /^[=+\-@]/.test(text) && typeof value === "string" ? `'${text}` : text;
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

/** A CSV document (header row first, CRLF line ends) from rows of values. */
export function toCsv(header: string[], rows: (string | number | null | undefined)[][]): string {
  return [header, ...rows].map((row) => row.map(csvField).join(",")).join("\r\n") + "\r\n";
}

/**
 * A download response for a CSV document, for officials: with a UTF-8 byte-order mark, without
 * which Excel reads the file as Windows-1252 and garbles "–" and accented names.
 */
export function csvResponse(filename: string, csv: string): Response {
  return new Response(`\uFEFF${csv}`, {
    headers: {
      "Content-Type": "text/csv; charset=utf-8",
      "Content-Disposition": `attachment; filename="${filename}"`,
      "Cache-Control": "no-store",
    },
  });
}

/**
 * The separator of a CSV file: ";" when its header line has semicolons and no commas — what
 * Excel saves under Indonesian regional settings, where the comma is the decimal mark — else ",".
 */
export function csvSeparator(text: string): "," | ";" {
  const header = (text.replace(/^\uFEFF/, "").split(/\r?\n/, 1)[0] ?? "").replace(/"[^"]*"/g, "");
  return header.includes(";") && !header.includes(",") ? ";" : ",";
}

/**
 * Parses CSV text (RFC 4180: quoted fields, "" escapes, CRLF or LF; separated by commas, or
 * by semicolons as csvSeparator finds) into rows of fields.
 */
export function parseCsv(text: string): string[][] {
  const separator = csvSeparator(text);
  const rows: string[][] = [];
  let row: string[] = [];
  let field = "";
  let quoted = false;
  const source = text.replace(/^\uFEFF/, "");
  for (let i = 0; i < source.length; i++) {
    const ch = source[i];
    if (quoted) {
      if (ch === '"' && source[i + 1] === '"') {
        field += '"';
        i++;
      } else if (ch === '"') quoted = false;
      else field += ch;
    } else if (ch === '"') quoted = true;
    else if (ch === separator) {
      row.push(field);
      field = "";
    } else if (ch === "\n" || ch === "\r") {
      if (ch === "\r" && source[i + 1] === "\n") i++;
      row.push(field);
      rows.push(row);
      row = [];
      field = "";
    } else field += ch;
  }
  if (field !== "" || row.length > 0) rows.push([...row, field]);
  return rows.filter((r) => r.some((f) => f.trim() !== ""));
}

export type CsvRowError = { row: number; column: string; message: string };

/**
 * The CSV column of an input field: every SIGAP CSV names its columns by the fields in
 * snake_case (kelurahanCode → kelurahan_code, occurredAt → occurred_at).
 */
export const columnOfField = (field: string): string => field.replace(/[A-Z]/g, (letter) => `_${letter.toLowerCase()}`);

/**
 * CSV text → records keyed by header, with the file's line number of each record. A
 * missing required column, an unknown column (a "nik" or "phone" column is refused, not
 * silently dropped) and a column named twice are each one error on row 1; nothing is guessed.
 */
export function readCsvRecords(
  text: string,
  { required, optional = [] }: { required: readonly string[]; optional?: readonly string[] },
): { records: { row: number; values: Record<string, string> }[]; errors: CsvRowError[] } {
  const [header, ...rows] = parseCsv(text);
  if (!header)
    return {
      records: [],
      errors: [{ row: 1, column: "-", message: "Berkas kosong: baris pertama harus berisi nama kolom" }],
    };
  const columns = header.map((h) => h.trim().toLowerCase());
  const known = new Set([...required, ...optional]);
  const headerErrors: CsvRowError[] = [
    ...required
      .filter((c) => !columns.includes(c))
      .map((column) => ({ row: 1, column, message: `Kolom "${column}" tidak ada di baris judul` })),
    ...columns
      .filter((c) => !known.has(c))
      .map((column) => ({
        row: 1,
        column,
        message: `Kolom "${column}" tidak dikenal: hapus kolom ini (SIGAP tidak menerima data pribadi; kolom yang dikenal: ${[...known].join(", ")})`,
      })),
    ...columns
      .filter((c, i) => columns.indexOf(c) !== i)
      .map((column) => ({ row: 1, column, message: `Kolom "${column}" muncul dua kali` })),
  ];
  if (headerErrors.length) return { records: [], errors: headerErrors };
  return {
    records: rows.map((cells, index) => ({
      row: index + 2,
      values: Object.fromEntries(columns.map((c, i) => [c, (cells[i] ?? "").trim()])),
    })),
    errors: [],
  };
}
