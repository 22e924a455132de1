"use client";
import { createContext, useContext, type ReactNode } from "react";
import type { Dictionary } from "@/lib/i18n/dictionaries";

// The few words the shared controls say themselves (a dialog's Cancel, a Copy button), given
// once by the layouts that use them, so each caller need not pass them down.

export type UiLabels = Dictionary["ui"];

const Labels = createContext<UiLabels | null>(null);

export function UiLabelsProvider({ labels, children }: { labels: UiLabels; children: ReactNode }) {
  return <Labels.Provider value={labels}>{children}</Labels.Provider>;
}

/** The words of the nearest provider; a control outside one is a programming error, said at once. */
export function useUiLabels(): UiLabels {
  const labels = useContext(Labels);
  if (!labels) throw new Error("UiLabelsProvider missing above a control that needs its words");
  return labels;
}
