"use client";
import { useEffect, useRef, useState, type FormEvent } from "react";
import { Button } from "@/components/ui/button";
import { cn } from "@/lib/cn";
import type { Locale } from "@/lib/i18n/dictionaries";
import type { DictionarySlice } from "@/lib/i18n/slice";
import { formatDateTime } from "@/lib/format";
import { DOSES_BY_STATUS } from "@/lib/rules/visitor";
import { wibInputToIso } from "@/lib/wib";
import { PL_STATUSES, SERVICE_CATEGORIES, type OutcomeCode } from "@/lib/vocabulary";

type Answer = { outcome: OutcomeCode; rules: { id: string; version: number }[]; reason: { id: string; en: string } };
type Decision = Answer & { changes?: (Answer & { from: string }) | null };
type Status = (typeof PL_STATUSES)[number];
type ApiError = { error: { message: string; fieldErrors?: Record<string, string[]> } };

const OUTCOME_STYLE: Record<OutcomeCode, string> = {
  SERVED_VACCINATED: "border-green-600 bg-green-50 text-green-900",
  SERVED_EXEMPT: "border-green-600 bg-green-50 text-green-900",
  SERVED_NO_REQUIREMENT: "border-sky-600 bg-sky-50 text-sky-900",
  REFERRED: "border-amber-500 bg-amber-50 text-amber-900",
  DENIED: "border-red-600 bg-red-50 text-red-900",
};

const field = "flex flex-col gap-1 text-sm font-medium text-gray-800";
const input = "rounded-md border border-gray-300 px-3 py-2 font-normal";

/**
 * The public checker ("Apa yang perlu saya bawa?") and the officials' simulator: a visit
 * is sent to POST /api/v1/decisions and the engine's decision is shown with its reason.
 * `precise` asks for a date and time (officials) instead of a day (residents), and names the
 * rule versions used; residents are pointed to the circulars instead of SIGAP's rule codes.
 */
export function DecisionChecker({
  t,
  locale,
  today,
  precise = false,
}: {
  t: DictionarySlice<"agencies" | "checker" | "exemptions" | "outcomes" | "plStatus">;
  locale: Locale;
  today: string;
  precise?: boolean;
}) {
  const [decision, setDecision] = useState<Decision | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [pending, setPending] = useState(false);
  const [exemption, setExemption] = useState("NONE");
  // The colour bounds the doses (one visitor model, lib/rules/visitor.ts): a contradiction cannot be entered.
  const [status, setStatus] = useState<Status>("HIJAU");
  const [doses, setDoses] = useState(2);
  const allowed = DOSES_BY_STATUS[status];
  const fixedDoses = allowed.min === allowed.max;
  const answerRef = useRef<HTMLHeadingElement>(null);
  const c = t.checker;
  // An advisory (imbauan) rule serves the visitor but did apply: not "no requirement".
  const advisory = decision?.outcome === "SERVED_NO_REQUIREMENT" && decision.rules.length > 0;

  // On a phone the answer is below the form: bring it into view and move focus to it.
  useEffect(() => {
    if (!decision) return;
    answerRef.current?.scrollIntoView({ behavior: "smooth", block: "start" });
    answerRef.current?.focus({ preventScroll: true });
  }, [decision]);

  function chooseStatus(next: Status) {
    setStatus(next);
    const { min, max } = DOSES_BY_STATUS[next];
    setDoses((current) => Math.min(Math.max(current, min), max));
  }

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const when = String(form.get("when"));
    const recoveredOn = String(form.get("recoveredOn") ?? "");
    const body = {
      service: form.get("service"),
      agencyKind: form.get("agencyKind"),
      at: wibInputToIso(precise ? when : `${when}T09:00`),
      visitor: {
        status: form.get("status"),
        doses: Number(form.get("doses")),
        age: Number(form.get("age")),
        exemptions:
          exemption === "NONE"
            ? []
            : [
                {
                  class: exemption,
                  ...(exemption === "RECENTLY_RECOVERED" && recoveredOn
                    ? { since: wibInputToIso(`${recoveredOn}T00:00`) }
                    : {}),
                },
              ],
      },
    };
    setPending(true);
    setError(null);
    try {
      const response = await fetch("/api/v1/decisions", {
        method: "POST",
        headers: { "Content-Type": "application/json" },
        body: JSON.stringify(body),
      });
      const json = (await response.json()) as Decision | ApiError;
      if ("error" in json) {
        setDecision(null);
        setError(
          [
            json.error.message,
            ...Object.entries(json.error.fieldErrors ?? {}).map(([k, v]) => `${k}: ${v.join(", ")}`),
          ].join(" "),
        );
      } else setDecision(json);
    } catch {
      setError(c.error);
    } finally {
      setPending(false);
    }
  }

  return (
    <div className="grid grid-cols-1 gap-6 lg:grid-cols-2">
      <form
        onSubmit={(e) => void submit(e)}
        className="space-y-4 rounded-lg border border-gray-200 bg-white p-4 shadow-sm sm:p-6"
      >
        <label className={field}>
          {c.service}
          <select name="service" className={input} defaultValue="KTP_EL">
            {SERVICE_CATEGORIES.map((s) => (
              <option key={s.code} value={s.code}>
                {s[locale]}
              </option>
            ))}
          </select>
        </label>
        <label className={field}>
          {c.agencyKind}
          <select name="agencyKind" className={input} defaultValue="GOVERNMENT">
            <option value="GOVERNMENT">{t.agencies.kinds.GOVERNMENT}</option>
            <option value="PRIVATE">{t.agencies.kinds.PRIVATE}</option>
          </select>
        </label>
        <label className={field}>
          {c.when}
          <input
            name="when"
            type={precise ? "datetime-local" : "date"}
            required
            defaultValue={precise ? `${today}T09:00` : today}
            className={input}
          />
        </label>
        <fieldset className="text-sm">
          <legend className="font-medium text-gray-800">{c.status}</legend>
          <div className="mt-1 grid gap-2 sm:grid-cols-2">
            {PL_STATUSES.map((option) => (
              <label
                key={option}
                className="flex min-h-11 items-center gap-2 rounded-md border border-gray-300 px-3 py-2"
              >
                <input
                  type="radio"
                  name="status"
                  value={option}
                  checked={status === option}
                  onChange={() => chooseStatus(option)}
                />
                {t.plStatus[option]}
              </label>
            ))}
          </div>
        </fieldset>
        <div className="grid grid-cols-2 gap-4">
          <label className={field}>
            {c.doses}
            <input
              name="doses"
              type="number"
              min={allowed.min}
              max={allowed.max}
              value={doses}
              readOnly={fixedDoses}
              aria-describedby={fixedDoses ? "doses-by-status" : undefined}
              onChange={(e) => setDoses(Number(e.target.value))}
              required
              className={cn(input, fixedDoses && "bg-gray-100")}
            />
            {fixedDoses && (
              <span id="doses-by-status" className="text-xs font-normal text-gray-600">
                {c.dosesByStatus}
              </span>
            )}
          </label>
          <label className={field}>
            {c.age}
            <input name="age" type="number" min={0} max={130} defaultValue={30} required className={input} />
          </label>
        </div>
        <label className={field}>
          {c.exemption}
          <select name="exemption" className={input} value={exemption} onChange={(e) => setExemption(e.target.value)}>
            {(["NONE", "MEDICAL_CONTRAINDICATION", "RECENTLY_RECOVERED"] as const).map((e) => (
              <option key={e} value={e}>
                {t.exemptions[e]}
              </option>
            ))}
          </select>
        </label>
        {exemption === "RECENTLY_RECOVERED" && (
          <label className={field}>
            {c.recoveredOn}
            <input name="recoveredOn" type="date" required className={input} />
          </label>
        )}
        <Button type="submit" disabled={pending} className="w-full">
          {pending ? c.checking : c.submit}
        </Button>
      </form>
      <section aria-live="polite" aria-label={c.result}>
        {error && (
          <p
            className="rounded-md border border-red-200 bg-red-50 px-3 py-2 text-sm text-red-800"
            data-testid="checker-error"
          >
            {error}
          </p>
        )}
        {decision && (
          <div className={cn("rounded-lg border-l-8 p-5", OUTCOME_STYLE[decision.outcome])} data-testid="decision">
            <h2 ref={answerRef} tabIndex={-1} className="scroll-mt-4 text-2xl font-bold outline-none">
              {advisory ? c.servedAdvisory : t.outcomes[decision.outcome]}
            </h2>
            <h3 className="mt-3 font-semibold">{c.why}</h3>
            <p>{decision.reason[locale]}</p>
            <h3 className="mt-3 font-semibold">{c.bringTitle}</h3>
            <p>{advisory ? c.bringAdvisory : c.bring[decision.outcome]}</p>
            {decision.rules.length > 0 &&
              (!precise ? (
                <p className="mt-3 text-sm">
                  {c.basedOn}{" "}
                  <a href="/surat-edaran" className="font-medium underline">
                    {c.circularsLink}
                  </a>
                </p>
              ) : (
                <p className="mt-3 text-sm opacity-80">
                  {c.rulesUsed}: {decision.rules.map((r) => `${r.id} v${r.version}`).join(", ")}
                </p>
              ))}
            {decision.changes && (
              <div className="mt-4 rounded-md border border-current/30 bg-white/60 p-3">
                <h3 className="font-semibold">{c.changes}</h3>
                <p>
                  <strong>
                    {c.changesFrom} {formatDateTime(decision.changes.from, locale)}
                  </strong>
                  : {t.outcomes[decision.changes.outcome]}. {decision.changes.reason[locale]}
                </p>
              </div>
            )}
          </div>
        )}
      </section>
    </div>
  );
}
