"use client";
import { useState, useTransition, type ChangeEvent } from "react";
import { Button } from "@/components/ui/button";
import type { CsvRowError } from "@/lib/csv";
import type { Dictionary, Locale } from "@/lib/i18n/dictionaries";
import { fill } from "@/lib/i18n/fill";
import { MAX_CSV_BYTES } from "@/lib/validations/constants";

export type CsvCheck =
  { ok: true; rows: number; errors: CsvRowError[]; preview?: string[][] } | { ok: false; message: string };
export type CsvSave = { ok: true; saved: number } | { ok: false; message: string };

/**
 * Bulk upload with a preview: the file is checked row by row on the server, every error
 * is listed (row, column, problem), and "Save all" is offered only for a file without
 * errors — then everything is saved in one transaction, or nothing.
 */
export function CsvImport({
  t,
  locale,
  columns,
  example,
  check,
  save,
  previewHeader,
}: {
  t: Dictionary["officesAdmin"];
  locale: Locale;
  columns: readonly string[];
  example: string;
  /** The file goes to the server as a File part, not as text (lib/actions/arguments.ts). */
  check: (csv: File) => Promise<CsvCheck>;
  save: (csv: File) => Promise<CsvSave>;
  previewHeader?: string[];
}) {
  const [csv, setCsv] = useState<File | null>(null);
  const [fileName, setFileName] = useState("");
  const [checked, setChecked] = useState<CsvCheck | null>(null);
  const [saved, setSaved] = useState<CsvSave | null>(null);
  const [pending, startTransition] = useTransition();

  async function load(event: ChangeEvent<HTMLInputElement>) {
    const file = event.target.files?.[0];
    setChecked(null);
    setSaved(null);
    if (!file) return;
    setFileName(file.name);
    // Checked here too: a larger file would be cut off by the server's body limit with no useful message.
    if (file.size > MAX_CSV_BYTES) {
      setCsv(null);
      setChecked({ ok: false, message: t.csvTooLarge.replace("{mb}", String(MAX_CSV_BYTES / 1024 / 1024)) });
      return;
    }
    setCsv(file);
  }

  const valid = checked?.ok && checked.errors.length === 0 && checked.rows > 0;
  return (
    <div className="space-y-4">
      <p className="text-sm text-gray-700">
        {t.csvColumns}: <code className="break-all">{columns.join(",")}</code>{" "}
        <a
          className="font-medium text-brand-700 underline"
          download="contoh.csv"
          href={`data:text/csv;charset=utf-8,${encodeURIComponent(example)}`}
        >
          {t.csvTemplate}
        </a>
      </p>
      <label className="flex flex-col gap-1 text-sm font-medium">
        {t.csvFile}
        <input type="file" accept=".csv,text/csv" onChange={(e) => void load(e)} className="text-sm" />
      </label>
      <div className="flex flex-wrap gap-2">
        <Button
          type="button"
          variant="secondary"
          disabled={!csv || pending}
          onClick={() => csv && startTransition(async () => (setSaved(null), setChecked(await check(csv))))}
        >
          {t.csvCheck}
        </Button>
        <Button
          type="button"
          disabled={!valid || pending}
          onClick={() => csv && startTransition(async () => setSaved(await save(csv)))}
        >
          {t.csvSave}
        </Button>
      </div>
      {pending && <p role="status">…</p>}
      {checked && !checked.ok && <p className="text-sm text-red-700">{checked.message}</p>}
      {checked?.ok && (
        <section aria-live="polite" aria-label={t.fileCheck} className="space-y-2 text-sm">
          <p className={checked.errors.length ? "font-medium text-red-700" : "font-medium text-green-700"}>
            {fileName}:{" "}
            {checked.errors.length
              ? fill(t.csvErrors, { count: checked.errors.length }, locale)
              : fill(t.csvRows, { count: checked.rows }, locale)}
          </p>
          {checked.errors.length > 0 && (
            <table className="w-full text-left">
              <caption className="sr-only">{t.csvErrorsCaption}</caption>
              <thead className="bg-red-50">
                <tr>
                  <th className="px-2 py-1">{t.csvRow}</th>
                  <th className="px-2 py-1">{t.csvColumn}</th>
                  <th className="px-2 py-1">{t.csvProblem}</th>
                </tr>
              </thead>
              <tbody>
                {checked.errors.map((e, i) => (
                  <tr key={i} className="border-t border-red-100">
                    <td className="px-2 py-1">{e.row}</td>
                    <td className="px-2 py-1">
                      <code>{e.column}</code>
                    </td>
                    <td className="px-2 py-1">{e.message}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          )}
          {checked.errors.length === 0 && checked.preview && previewHeader && (
            <table className="w-full text-left">
              <thead className="bg-gray-50">
                <tr>
                  {previewHeader.map((h) => (
                    <th key={h} className="px-2 py-1">
                      {h}
                    </th>
                  ))}
                </tr>
              </thead>
              <tbody>
                {checked.preview.map((row, i) => (
                  <tr key={i} className="border-t border-gray-100">
                    {row.map((cell, j) => (
                      <td key={j} className="px-2 py-1">
                        {cell}
                      </td>
                    ))}
                  </tr>
                ))}
              </tbody>
            </table>
          )}
        </section>
      )}
      {saved && (
        <p role="status" className={saved.ok ? "font-medium text-green-700" : "text-red-700"}>
          {saved.ok ? `${t.csvDone}: ${saved.saved}` : saved.message}
        </p>
      )}
    </div>
  );
}
