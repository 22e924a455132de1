"use client";
import { useCallback, useEffect, useRef, useState } from "react";
import { serverNow } from "@/lib/checkpoint/clock";
import { countCheck, emptyTally, type Tally } from "@/lib/checkpoint/tally";
import type { OutcomeCode } from "@/lib/vocabulary";

const keyOf = (officeCode: string) => `sigap-pos-tally:${officeCode}`;

function loadTally(officeCode: string): Tally {
  try {
    const saved = JSON.parse(localStorage.getItem(keyOf(officeCode)) ?? "null");
    if (saved && typeof saved.served === "number") return saved;
  } catch {
    // A damaged tally starts again rather than breaking the desk.
  }
  return emptyTally(serverNow());
}

/**
 * The shift's count of checks by kind, kept on the device (localStorage) for the office's desk:
 * `count` adds (or, for an undo, takes back) one check, `startShift` starts from zero.
 */
export function useTally(officeCode: string) {
  const [tally, setTally] = useState<Tally>(() => emptyTally(serverNow()));
  const loaded = useRef(false);
  useEffect(() => {
    setTally(loadTally(officeCode));
    loaded.current = true;
  }, [officeCode]);
  useEffect(() => {
    if (loaded.current) localStorage.setItem(keyOf(officeCode), JSON.stringify(tally));
  }, [officeCode, tally]);
  const count = useCallback(
    (outcome: OutcomeCode, delta: 1 | -1) => setTally((current) => countCheck(current, outcome, delta)),
    [],
  );
  const startShift = useCallback(() => setTally(emptyTally(serverNow())), []);
  return { tally, count, startShift };
}
