"use client";
import { fill } from "@/lib/i18n/fill";
import { useCallback, useEffect, useMemo, useRef, useState } from "react";
import {
  checkEvent,
  decideCheck,
  newEventId,
  STATUS_DOSES,
  type CheckInput,
  type ShownProof,
  type ShownStatus,
} from "@/lib/checkpoint/check";
import { engineRules, type CheckpointConfig } from "@/lib/checkpoint/config";
import { deviceNow } from "@/lib/checkpoint/clock";
import { UNDO_WINDOW_MS } from "@/lib/checkpoint/outbox";
import type { TallyKind } from "@/lib/checkpoint/tally";
import type { Dictionary } from "@/lib/i18n/dictionaries";
import { formatDateTime, formatWibTime } from "@/lib/format";
import type { Decision } from "@/lib/rules/types";
import { AGE_BANDS, type AgeBandCode } from "@/lib/vocabulary";
import { useConfirm } from "@/components/ui/confirm-dialog";
import { Chips } from "./chips";
import { keepForOffline } from "./keep-offline";
import { useDeskClock } from "./use-desk-clock";
import { useDeskConfig } from "./use-desk-config";
import { useDeskOutbox } from "./use-desk-outbox";
import { useTally } from "./use-tally";

type T = Dictionary["checkpoint"];
type Last = { id: string; decision: Decision; holdUntil: number; input: CheckInput };

const STATUSES: ShownStatus[] = ["HIJAU", "KUNING", "MERAH", "HITAM", "NONE"];
const STATUS_CLASS: Record<ShownStatus, string> = {
  HIJAU: "bg-green-700 text-white",
  KUNING: "bg-yellow-300 text-gray-900",
  MERAH: "bg-red-700 text-white",
  HITAM: "bg-gray-900 text-white",
  NONE: "bg-white text-gray-900 border-2 border-gray-400",
};
const VERDICT_CLASS: Record<Decision["outcome"], string> = {
  SERVED_VACCINATED: "border-green-700 bg-green-50 text-green-900",
  SERVED_EXEMPT: "border-teal-700 bg-teal-50 text-teal-900",
  SERVED_NO_REQUIREMENT: "border-green-700 bg-green-50 text-green-900",
  REFERRED: "border-amber-600 bg-amber-50 text-amber-900",
  DENIED: "border-red-700 bg-red-50 text-red-900",
};
const PROOFS: ShownProof[] = ["PEDULILINDUNGI_APP", "PEDULILINDUNGI_QR", "VACCINATION_CARD"];
const EXEMPTIONS = ["MEDICAL_CONTRAINDICATION", "RECENTLY_RECOVERED"] as const;

/** The front-desk checkpoint: tap, decide with the shared engine, queue, send — online or not. */
export function Checkpoint({
  token,
  initialConfig,
  t,
  locale,
}: {
  token: string;
  initialConfig: CheckpointConfig;
  t: T;
  locale: "id" | "en";
}) {
  const [revoked, setRevoked] = useState(false);
  const markRevoked = useCallback(() => setRevoked(true), []);
  const clock = useDeskClock();
  const { config, store } = useDeskConfig(token, initialConfig, clock.noteOffset, markRevoked);
  const office = config.office;
  const rules = useMemo(() => engineRules(config), [config]);
  const { outbox, pending, sent, refused, online, flush, refreshPending } = useDeskOutbox(
    store,
    token,
    clock,
    markRevoked,
  );
  const { tally, count, startShift } = useTally(office.code);
  const { askFirst, dialog } = useConfirm();
  const [service, setService] = useState(office.services[0]?.code ?? "");
  const [ageBand, setAgeBand] = useState<AgeBandCode>("18-59");
  const [exemption, setExemption] = useState<CheckInput["exemption"]>(null);
  const [proof, setProof] = useState<ShownProof>("PEDULILINDUNGI_APP");
  const [booster, setBooster] = useState(false);
  const [last, setLast] = useState<Last | null>(null);
  const [notice, setNotice] = useState("");
  const [offlineReady, setOfflineReady] = useState(false);
  const [now, setNow] = useState(() => deviceNow());
  const verdictRef = useRef<HTMLElement>(null);

  useEffect(() => {
    // Lets the page open again without a connection (public/pos-sw.js), from this first visit.
    if ("serviceWorker" in navigator) void keepForOffline().then(setOfflineReady);
    // The undo countdown.
    const tick = setInterval(() => setNow(deviceNow()), 1000);
    return () => clearInterval(tick);
  }, []);

  async function record(status: ShownStatus) {
    if (!service || revoked) return;
    const offset = clock.clockRef.current;
    const at = new Date(deviceNow() + (offset ?? 0));
    const input: CheckInput = {
      service,
      status,
      doses: status === "HIJAU" && booster ? 3 : STATUS_DOSES[status],
      ageBand,
      exemption,
      proof,
    };
    const decision = decideCheck(rules, office, input, at);
    const queued = await outbox.add(checkEvent(newEventId(), input, decision, at, config.post), {
      clockKnown: offset !== null,
    });
    setLast({ id: queued.id, decision, holdUntil: queued.holdUntil, input });
    // On a phone the verdict is below the buttons: bring it into view to be read out.
    requestAnimationFrame(() => verdictRef.current?.scrollIntoView({ block: "nearest", behavior: "smooth" }));
    count(decision.outcome, 1);
    setNotice("");
    // The next visitor starts from the usual case; the service stays (a desk serves one).
    setAgeBand("18-59");
    setExemption(null);
    setBooster(false);
    await refreshPending();
  }

  async function undo() {
    const removed = await outbox.undoLast();
    if (removed && last && removed.id === last.id) {
      count(last.decision.outcome, -1);
      setLast(null);
      setNotice(t.undone);
    }
    await refreshPending();
  }

  async function sendNow() {
    await outbox.release();
    setLast((current) => current && { ...current, holdUntil: 0 });
    await flush();
  }

  const undoLeft = last ? Math.ceil((last.holdUntil - now) / 1000) : 0;
  const tallyKinds: TallyKind[] = ["served", "exempt", "referred", "denied"];

  return (
    // Top to bottom in the order of a check, and short enough that the status buttons — tapped
    // for every visitor — are on a phone's first screen (Pixel 7, 360 × 740): what is the same
    // for most visitors (proof, exemption, booster) sits behind one line that shows its value.
    <div className="mx-auto max-w-xl space-y-3 p-3 pb-10">
      {dialog}
      <header className="sticky top-0 z-20 rounded-lg bg-brand-800 p-3 text-white shadow-md">
        <p className="text-xs uppercase tracking-wide text-brand-100">{t.title}</p>
        <h1 className="text-lg font-bold leading-6">{office.name}</h1>
        <p className="mt-1 flex flex-wrap items-center gap-x-3 gap-y-1 text-sm" role="status" aria-live="polite">
          <span data-testid="connection" className={online ? "text-green-200" : "font-semibold text-yellow-200"}>
            ● {online ? t.online : t.offline}
          </span>
          {offlineReady && <span className="text-green-200">{t.offlineReady}</span>}
          <span data-testid="pending">
            {t.pending}: {pending}
          </span>
          <span>
            {t.sent}: {sent}
          </span>
          {refused.length > 0 && (
            <span className="font-semibold text-yellow-200">
              {t.refused}: {refused.length}
            </span>
          )}
        </p>
      </header>

      {refused.length > 0 && (
        <details
          className="rounded-lg border border-amber-600 bg-amber-50 p-3 text-sm text-amber-950"
          data-testid="refused-checks"
        >
          <summary className="cursor-pointer font-semibold">
            {t.refused}: {refused.length}
          </summary>
          <ul className="mt-2 list-disc space-y-1 pl-5">
            {refused.map((r, i) => (
              <li key={i}>
                {formatWibTime(r.at, locale)} · {r.service}: {r.reason}
              </li>
            ))}
          </ul>
        </details>
      )}

      {revoked && (
        <p role="alert" className="rounded-lg border-2 border-red-700 bg-red-50 p-3 font-semibold text-red-900">
          {t.revoked}
        </p>
      )}

      <Chips
        legend={t.service}
        options={office.services.map((s) => ({ value: s.code, label: s.name }))}
        value={service}
        onChange={setService}
      />
      <Chips
        legend={t.ageBand}
        options={AGE_BANDS.map((b) => ({ value: b, label: b }))}
        value={ageBand}
        onChange={(v) => setAgeBand(v as AgeBandCode)}
      />
      <details className="rounded-lg bg-white px-3 shadow-sm" data-testid="more-choices">
        <summary className="flex min-h-11 cursor-pointer list-none items-center gap-2 text-sm">
          <span>
            <span className="font-semibold">{t.moreChoices}:</span> {t.proofs[proof]} ·{" "}
            {exemption ? t.exemptions[exemption] : t.noExemption}
            {booster && ` · ${t.boosterShort}`}
          </span>
          <span aria-hidden="true" className="ml-auto font-medium text-brand-700 underline">
            {t.change}
          </span>
        </summary>
        <div className="space-y-3 pb-3">
          <Chips
            legend={t.proof}
            options={PROOFS.map((p) => ({ value: p, label: t.proofs[p] }))}
            value={proof}
            onChange={(v) => setProof(v as ShownProof)}
          />
          <Chips
            legend={t.exemption}
            options={EXEMPTIONS.map((e) => ({ value: e, label: t.exemptions[e] }))}
            value={exemption ?? ""}
            onChange={(v) => setExemption(v === exemption ? null : (v as CheckInput["exemption"]))}
          />
          <label className="flex min-h-11 items-center gap-3 text-sm">
            <input
              type="checkbox"
              checked={booster}
              onChange={(e) => setBooster(e.target.checked)}
              className="h-6 w-6"
            />
            {t.booster}
          </label>
        </div>
      </details>

      <fieldset>
        <legend className="mb-2 text-sm font-semibold">{t.statusPrompt}</legend>
        <div className="grid grid-cols-2 gap-2 sm:grid-cols-3">
          {STATUSES.map((status) => (
            <button
              key={status}
              type="button"
              disabled={revoked || !service}
              onClick={() => void record(status)}
              className={`min-h-16 rounded-xl px-3 py-2 text-left shadow focus:outline-none focus-visible:ring-4 focus-visible:ring-brand-400 disabled:opacity-50 ${STATUS_CLASS[status]}`}
            >
              <span className="block text-xl font-bold">{t.statuses[status][0]}</span>
              <span className="block text-sm">{t.statuses[status][1]}</span>
            </button>
          ))}
        </div>
      </fieldset>

      <section ref={verdictRef} aria-live="assertive" aria-atomic="true" data-testid="verdict">
        {last && (
          <div className={`rounded-xl border-4 p-4 ${VERDICT_CLASS[last.decision.outcome]}`}>
            <p className="text-3xl font-extrabold">{t.verdicts[last.decision.outcome]}</p>
            {/* What was tapped, so a wrong chip is seen before the visitor leaves (and undone). */}
            <p className="mt-1 text-sm">
              {t.checkedFor}: {office.services.find((s) => s.code === last.input.service)?.name ?? last.input.service} ·{" "}
              {t.statuses[last.input.status][0]}
              {last.input.status !== "NONE" && `, ${fill(t.doses, { count: last.input.doses }, locale)}`} ·{" "}
              {last.input.ageBand}
              {last.input.exemption && ` · ${t.exemptions[last.input.exemption]}`}
            </p>
            <p className="mt-2 text-sm font-semibold">{t.readOut}</p>
            <p className="text-lg">{last.decision.reason[locale]}</p>
            {last.decision.outcome === "REFERRED" && config.post && (
              <p className="mt-2 text-base">
                {t.referTo} <strong>{config.post.name}</strong> — {config.post.address}
              </p>
            )}
          </div>
        )}
        {notice && <p className="rounded-lg bg-white p-3 text-base">{notice}</p>}
      </section>

      <div className="flex flex-wrap gap-2">
        <button
          type="button"
          onClick={() => void undo()}
          disabled={undoLeft <= 0}
          className="min-h-12 flex-1 rounded-lg border-2 border-gray-400 bg-white px-4 font-semibold disabled:opacity-50"
        >
          {t.undo}
          {undoLeft > 0 && ` (${Math.min(undoLeft, UNDO_WINDOW_MS / 1000)} ${t.undoSeconds})`}
        </button>
        <button
          type="button"
          onClick={() => void sendNow()}
          disabled={revoked || pending === 0}
          className="min-h-12 flex-1 rounded-lg bg-brand-700 px-4 font-semibold text-white disabled:opacity-50"
        >
          {t.sendNow}
        </button>
      </div>

      <section aria-labelledby="tally" className="rounded-lg bg-white p-3 shadow-sm">
        <h2 id="tally" className="font-semibold">
          {t.tally}
        </h2>
        <dl className="mt-2 grid grid-cols-4 gap-2 text-center" data-testid="tally">
          {tallyKinds.map((kind) => (
            <div key={kind}>
              <dt className="text-xs text-gray-600">{t.tallyKinds[kind]}</dt>
              <dd className="text-2xl font-bold">{tally[kind]}</dd>
            </div>
          ))}
        </dl>
        <button
          type="button"
          onClick={askFirst(t.confirmNewShift, t.newShift, startShift)}
          className="mt-2 text-sm font-medium text-brand-700 underline"
        >
          {t.newShift}
        </button>
      </section>

      <p className="text-xs text-gray-600">
        {t.rulesFrom}: {formatDateTime(config.fetchedAt, locale)} · {t.privacy}
      </p>
    </div>
  );
}
