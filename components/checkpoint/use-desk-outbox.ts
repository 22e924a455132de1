"use client";
import { useCallback, useEffect, useMemo, useState, type RefObject } from "react";
import type { CheckEvent } from "@/lib/checkpoint/check";
import { deviceNow, fetchNotingClock } from "@/lib/checkpoint/clock";
import type { IdbOutboxStore } from "@/lib/checkpoint/idb-store";
import { MemoryStore, Outbox, type SendAnswer } from "@/lib/checkpoint/outbox";

const FLUSH_EVERY_MS = 5_000;

export type RefusedCheck = { at: string; service: string; reason: string };

/** Posts a batch through the same ingestion API as scanners; the answer says what the outbox does next. */
async function sendBatch(token: string, events: CheckEvent[], onOffset: (offset: number) => void): Promise<SendAnswer> {
  const init = {
    method: "POST",
    headers: { "Content-Type": "application/json", Authorization: `Bearer ${token}` },
    body: JSON.stringify({ events }),
  };
  const response = await fetchNotingClock("/api/v1/events", init, onOffset);
  if (response.status === 401) return { kind: "revoked" };
  if (response.ok) return { kind: "stored", rejected: (await response.json()).rejected };
  if (response.status === 422) {
    const errors = { _: [String((await response.json()).error?.message ?? response.statusText)] };
    return { kind: "stored", rejected: events.map((_, index) => ({ index, errors })) };
  }
  return { kind: "retry" };
}

/**
 * The desk's outbox of checks (lib/checkpoint/outbox.ts) and what the desk shows of it: how
 * many wait, how many were sent, each one SIGAP refused (with its reason), and whether SIGAP
 * answers. Sends every five seconds, and at once when the connection comes back.
 */
export function useDeskOutbox(
  store: IdbOutboxStore | null,
  token: string,
  clock: { clockRef: RefObject<number | null>; noteOffset: (offset: number) => void },
  onRevoked: () => void,
) {
  const { clockRef, noteOffset } = clock;
  const outbox = useMemo(
    () =>
      new Outbox(
        store ?? new MemoryStore(),
        (events) => sendBatch(token, events, noteOffset),
        deviceNow,
        () => clockRef.current,
      ),
    [store, token, noteOffset, clockRef],
  );
  const [pending, setPending] = useState(0);
  const [sent, setSent] = useState(0);
  const [refused, setRefused] = useState<RefusedCheck[]>([]);
  const [online, setOnline] = useState(true);

  const refreshPending = useCallback(async () => setPending(await outbox.pending()), [outbox]);

  const flush = useCallback(async () => {
    const report = await outbox.flush();
    if (report.answer === "revoked") onRevoked();
    if (report.answer === "stored") setOnline(true);
    if (report.answer === "retry") setOnline(false);
    setSent((n) => n + report.sent);
    // Each refusal stays listed with its reason: nothing the desk recorded disappears unexplained.
    const reasons = report.rejected.map(({ event, errors }) => ({
      at: event.occurredAt,
      service: event.service,
      reason: Object.values(errors).flat().join("; "),
    }));
    if (reasons.length > 0) setRefused((list) => [...list, ...reasons].slice(-50));
    await refreshPending();
  }, [outbox, refreshPending, onRevoked]);

  useEffect(() => {
    setOnline(navigator.onLine);
    void refreshPending();
    const goOnline = () => {
      setOnline(true);
      void outbox.retryNow().then(flush);
    };
    const goOffline = () => setOnline(false);
    window.addEventListener("online", goOnline);
    window.addEventListener("offline", goOffline);
    const timer = setInterval(() => void flush(), FLUSH_EVERY_MS);
    return () => {
      window.removeEventListener("online", goOnline);
      window.removeEventListener("offline", goOffline);
      clearInterval(timer);
    };
  }, [outbox, flush, refreshPending]);

  return { outbox, pending, sent, refused, online, flush, refreshPending };
}
