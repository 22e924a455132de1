"use client";
import { useCallback, useEffect, useRef } from "react";
import { loadClockOffset, saveClockOffset } from "@/lib/checkpoint/clock";

/**
 * The desk's idea of SIGAP's time: server time minus device time, learnt from the Date header
 * of SIGAP's answers (`noteOffset`) and kept on the device; null until one answer arrived.
 */
export function useDeskClock() {
  const clockRef = useRef<number | null>(null);
  const noteOffset = useCallback((offset: number) => {
    clockRef.current = offset;
    saveClockOffset(offset);
  }, []);
  useEffect(() => {
    clockRef.current ??= loadClockOffset();
  }, []);
  return { clockRef, noteOffset };
}
