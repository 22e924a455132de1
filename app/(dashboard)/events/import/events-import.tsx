"use client";
import { useState, type ChangeEvent } from "react";
import { Button } from "@/components/ui/button";
import { SimpleTable } from "@/components/ui/simple-table";
import { importEventsChunkAction } from "@/lib/actions/events";
import { parseCsv, toCsv, type CsvRowError } from "@/lib/csv";
import { formatNumber } from "@/lib/format";
import { EVENT_CSV_OPTIONAL, EVENT_CSV_REQUIRED, inFileColumns } from "@/lib/event-csv-columns";

import type { DictionarySlice } from "@/lib/i18n/slice";

const CHUNK_ROWS = 2000;
const COLUMNS = [...EVENT_CSV_REQUIRED, ...EVENT_CSV_OPTIONAL].join(",");
const EXAMPLE = `${COLUMNS}\nDISDUKCAPIL-001,loket1-2022-02-14-0001,2022-02-14T09:30:00+07:00,KTP_EL,SERVED_VACCINATED,PEDULILINDUNGI_APP,18-59,HIJAU,2,\n`;

type Totals = { accepted: number; duplicates: number; errors: CsvRowError[] };

/** Uploads a visit-event CSV in chunks with a progress bar; every bad row is named, good rows are stored once. */
export function EventsImport({ t }: { t: DictionarySlice<"eventsImport" | "officesAdmin"> }) {
  const e = t.eventsImport;
  const [rows, setRows] = useState<string[][] | null>(null);
  const [fileName, setFileName] = useState("");
  const [done, setDone] = useState(0);
  const [totals, setTotals] = useState<Totals | null>(null);
  const [failure, setFailure] = useState<string | null>(null);
  const [running, setRunning] = useState(false);
  const [backfillReason, setBackfillReason] = useState("");

  async function load(event: ChangeEvent<HTMLInputElement>) {
    const file = event.target.files?.[0];
    setTotals(null);
    setDone(0);
    setFailure(null);
    if (!file) return setRows(null);
    setFileName(file.name);
    setRows(parseCsv(await file.text()));
  }

  async function upload() {
    if (!rows || rows.length < 2) return;
    const [header, ...records] = rows;
    setRunning(true);
    const sum: Totals = { accepted: 0, duplicates: 0, errors: [] };
    for (let start = 0; start < records.length; start += CHUNK_ROWS) {
      const chunk = records.slice(start, start + CHUNK_ROWS);
      // Each chunk travels as a File part, as every CSV sent to an action does (lib/actions/arguments.ts).
      const part = new File([toCsv(header, chunk)], fileName, { type: "text/csv" });
      const result = await importEventsChunkAction(part, start + 2, backfillReason.trim() || undefined);
      if (!result.ok) {
        setFailure(result.message);
        break;
      }
      sum.accepted += result.data.accepted;
      sum.duplicates += result.data.duplicates;
      sum.errors.push(...result.data.errors);
      setDone(start + chunk.length);
      setTotals({ ...sum, errors: [...sum.errors] });
    }
    setRunning(false);
  }

  const total = rows ? Math.max(rows.length - 1, 0) : 0;
  // Rows, not errors: a row with two problems is one row refused (both are listed below).
  return (
    <div className="space-y-4">
      <p className="text-sm text-gray-700">
        {t.officesAdmin.csvColumns}: <code className="break-all">{COLUMNS}</code>{" "}
        <a
          className="font-medium text-brand-700 underline"
          download="contoh-kunjungan.csv"
          href={`data:text/csv;charset=utf-8,${encodeURIComponent(EXAMPLE)}`}
        >
          {t.officesAdmin.csvTemplate}
        </a>
      </p>
      <label className="flex flex-col gap-1 text-sm font-medium">
        {t.officesAdmin.csvFile}
        <input type="file" accept=".csv,text/csv" onChange={(ev) => void load(ev)} className="text-sm" />
      </label>
      <details className="text-sm" open={backfillReason !== ""}>
        <summary className="cursor-pointer font-medium">{e.backfill}</summary>
        <p className="mt-1 text-gray-700">{e.backfillHint}</p>
        <label className="mt-2 flex flex-col gap-1 font-medium">
          {e.backfillReason}
          <textarea
            name="backfillReason"
            rows={2}
            maxLength={500}
            value={backfillReason}
            onChange={(ev) => setBackfillReason(ev.target.value)}
            className="rounded border border-gray-300 px-2 py-1 font-normal"
          />
        </label>
      </details>
      {rows && (
        <p className="text-sm">
          {fileName}: {formatNumber(total)} {e.rows}
        </p>
      )}
      <Button type="button" disabled={!rows || total === 0 || running} onClick={() => void upload()}>
        {running ? e.uploading : e.upload}
      </Button>
      {(running || totals) && (
        <div className="space-y-1">
          <label htmlFor="upload-progress" className="text-sm font-medium">
            {e.progress}: {formatNumber(done)} / {formatNumber(total)}
          </label>
          <progress id="upload-progress" max={total} value={done} className="h-3 w-full" />
        </div>
      )}
      {failure && <p className="text-sm text-red-700">{failure}</p>}
      {totals && !running && (
        <section aria-label={e.uploadResult} aria-live="polite" className="space-y-2 text-sm">
          <p className="font-medium">
            {e.accepted}: {formatNumber(totals.accepted)} · {e.duplicates}: {formatNumber(totals.duplicates)} ·{" "}
            {e.rejected}: {formatNumber(done - totals.accepted - totals.duplicates)}
          </p>
          {totals.errors.length > 0 && (
            <SimpleTable
              caption={e.rejected}
              headers={[t.officesAdmin.csvRow, t.officesAdmin.csvColumn, t.officesAdmin.csvProblem]}
              rows={totals.errors
                .slice(0, 500)
                .map((err, i) => ({ key: String(i), cells: [err.row, err.column, inFileColumns(err.message)] }))}
            />
          )}
        </section>
      )}
    </div>
  );
}
