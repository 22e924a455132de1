"use client";
import { useState, useTransition } from "react";
import { Button } from "@/components/ui/button";
import { useConfirm } from "@/components/ui/confirm-dialog";
import { deleteTestCaseAction } from "@/lib/actions/rule-test-cases";
import { runTestsAction } from "@/lib/actions/rule-versions";
import { cn } from "@/lib/cn";
import type { Dictionary, Locale } from "@/lib/i18n/dictionaries";
import type { CaseResult } from "@/lib/rules/run-cases";
import { TestCaseForm, type CaseDefaults } from "./test-case-form";
import { sliceOf, type DictionarySlice } from "@/lib/i18n/slice";

export type CaseRow = { id: string; name: string; summary: string; expectedOutcome: string; defaults: CaseDefaults };

/** A version's test cases: list, "Run tests" with pass/fail per case, and (for drafts) add, edit, delete. */
export function TestCasePanel({
  ruleCode,
  versionId,
  cases,
  editable,
  newCaseDefaults,
  t,
  locale,
}: {
  ruleCode: string;
  versionId: string;
  cases: CaseRow[];
  editable: boolean;
  newCaseDefaults: CaseDefaults;
  t: DictionarySlice<"agencies" | "checker" | "exemptions" | "outcomes" | "plStatus" | "rulesAdmin" | "table">;
  locale: Locale;
}) {
  const r = t.rulesAdmin;
  const [results, setResults] = useState<Map<string, CaseResult> | null>(null);
  const [message, setMessage] = useState<string | null>(null);
  const [editing, setEditing] = useState<string | null>(null);
  const [pending, startTransition] = useTransition();
  const { askFirst, dialog } = useConfirm();
  const clear = () => setResults(null);

  const run = () =>
    startTransition(async () => {
      const result = await runTestsAction(versionId);
      if (!result.ok) return setMessage(result.message);
      setMessage(null);
      setResults(new Map(result.data.map((c) => [c.id, c])));
    });
  const failures = results ? [...results.values()].filter((c) => !c.passed).length : 0;

  return (
    <div className="space-y-3">
      {dialog}
      <div className="flex flex-wrap items-center gap-3">
        <Button type="button" variant="secondary" onClick={run} disabled={pending || cases.length === 0}>
          {pending ? t.table.loading : r.runTests}
        </Button>
        {results && (
          <p role="status" className={cn("text-sm font-medium", failures ? "text-red-700" : "text-green-700")}>
            {failures ? `${failures} ${r.someFailed}` : r.allPassed}
          </p>
        )}
        {message && <p className="text-sm text-red-700">{message}</p>}
      </div>
      {cases.length === 0 && <p className="text-sm text-gray-600">{r.noCases}</p>}
      <ul className="space-y-2">
        {cases.map((c) => {
          const result = results?.get(c.id);
          return (
            <li key={c.id} className="rounded-md border border-gray-200 p-3 text-sm">
              <div className="flex flex-wrap items-start justify-between gap-2">
                <div>
                  <p className="font-medium">{c.name}</p>
                  <p className="text-gray-600">{c.summary}</p>
                  <p>
                    {r.expected}: {t.outcomes[c.expectedOutcome as keyof Dictionary["outcomes"]]}
                  </p>
                  {result && (
                    <p className={result.passed ? "text-green-700" : "text-red-700"}>
                      <strong>{result.passed ? r.passed : r.failed}</strong>
                      {!result.passed &&
                        ` — ${r.actual}: ${result.actual ? t.outcomes[result.actual] : "–"}. ${result.reason[locale]}`}
                    </p>
                  )}
                </div>
                {editable && (
                  <div className="flex gap-2">
                    <Button type="button" variant="ghost" onClick={() => setEditing(editing === c.id ? null : c.id)}>
                      {r.editCase}
                    </Button>
                    <Button
                      type="button"
                      variant="ghost"
                      onClick={askFirst(r.confirmDeleteCase.replace("{name}", c.name), r.deleteCase, () =>
                        startTransition(async () => void (await deleteTestCaseAction(ruleCode, c.id), clear())),
                      )}
                    >
                      {r.deleteCase}
                    </Button>
                  </div>
                )}
              </div>
              {editing === c.id && (
                <div className="mt-2">
                  <TestCaseForm
                    target={{ ruleCode, versionId, caseId: c.id }}
                    defaults={c.defaults}
                    t={sliceOf(t, "agencies", "outcomes", "plStatus", "exemptions", "checker", "rulesAdmin")}
                    locale={locale}
                    onDone={() => (setEditing(null), clear())}
                  />
                </div>
              )}
            </li>
          );
        })}
      </ul>
      {editable && (
        <details className="text-sm">
          <summary className="cursor-pointer font-medium text-brand-700">{r.addCase}</summary>
          <div className="mt-2">
            <TestCaseForm
              target={{ ruleCode, versionId }}
              defaults={newCaseDefaults}
              t={sliceOf(t, "agencies", "outcomes", "plStatus", "exemptions", "checker", "rulesAdmin")}
              locale={locale}
              onDone={clear}
            />
          </div>
        </details>
      )}
    </div>
  );
}
