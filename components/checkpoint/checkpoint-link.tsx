"use client";
import { useEffect, useState } from "react";
import { fetchNotingClock, saveClockOffset } from "@/lib/checkpoint/clock";
import { checkpointConfigSchema, type CheckpointConfig } from "@/lib/checkpoint/config";
import { IdbOutboxStore } from "@/lib/checkpoint/idb-store";
import { tokenOfFragment } from "@/lib/checkpoint/link-token";
import type { Dictionary } from "@/lib/i18n/dictionaries";
import { Checkpoint } from "./checkpoint";

type T = Dictionary["checkpoint"];
type State =
  | { step: "opening" }
  | { step: "invalid" }
  | { step: "offline" }
  | { step: "ready"; token: string; config: CheckpointConfig };

/**
 * Opens the desk from its link: the token is read from the fragment (never sent to the
 * server with the page), checked by asking the checkpoint API for the office's configuration,
 * and the desk starts. Offline, the configuration the device kept from its last visit is used.
 */
async function open(officeCode: string): Promise<State> {
  const token = tokenOfFragment(window.location.hash);
  if (!token) return { step: "invalid" };
  const ofThisOffice = (value: unknown) => {
    const parsed = checkpointConfigSchema.safeParse(value);
    return parsed.success && parsed.data.office.code === officeCode ? parsed.data : null;
  };
  try {
    // The answer's Date is SIGAP's clock: the desk knows it before its first check.
    const response = await fetchNotingClock(
      "/api/v1/checkpoint",
      { headers: { Authorization: `Bearer ${token}` }, cache: "no-store" },
      saveClockOffset,
    );
    if (response.status === 401) return { step: "invalid" };
    const config = ofThisOffice(response.ok ? await response.json() : null);
    if (response.ok) return config ? { step: "ready", token, config } : { step: "invalid" };
  } catch {
    // No connection: the configuration kept on the device below.
  }
  const kept =
    typeof indexedDB === "undefined" ? null : ofThisOffice(await new IdbOutboxStore(officeCode).loadConfig());
  return kept ? { step: "ready", token, config: kept } : { step: "offline" };
}

/** The desk page's body: its link's token from the fragment, then the checkpoint. */
export function CheckpointLink({ officeCode, t, locale }: { officeCode: string; t: T; locale: "id" | "en" }) {
  const [state, setState] = useState<State>({ step: "opening" });
  useEffect(() => {
    void open(officeCode).then(setState);
  }, [officeCode]);
  if (state.step === "ready")
    return <Checkpoint token={state.token} initialConfig={state.config} t={t} locale={locale} />;
  if (state.step === "opening")
    return (
      <p role="status" className="mx-auto max-w-xl p-6 text-gray-700">
        {t.opening}
      </p>
    );
  return (
    <div className="mx-auto max-w-xl p-6">
      <h1 className="text-2xl font-bold">{state.step === "invalid" ? t.invalidTitle : t.offlineTitle}</h1>
      <p className="mt-2 text-gray-700">{state.step === "invalid" ? t.invalidBody : t.offlineBody}</p>
    </div>
  );
}
