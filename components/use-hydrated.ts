"use client";
import { useEffect, useState } from "react";

/**
 * False in the server-rendered HTML and until React has attached its handlers: a button
 * that needs JavaScript is disabled until then, because a click before would do nothing.
 */
export function useHydrated(): boolean {
  const [hydrated, setHydrated] = useState(false);
  useEffect(() => setHydrated(true), []);
  return hydrated;
}
