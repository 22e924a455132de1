"use client";
import { useCallback, useEffect, useMemo, useState } from "react";
import { checkpointConfigSchema, type CheckpointConfig } from "@/lib/checkpoint/config";
import { fetchNotingClock } from "@/lib/checkpoint/clock";
import { IdbOutboxStore } from "@/lib/checkpoint/idb-store";

const REFRESH_RULES_EVERY_MS = 5 * 60_000;

/**
 * The desk's office, services and rules: the page's copy, then the newest of it and the one
 * cached on the device (IndexedDB, so the desk decides offline), refreshed every five minutes
 * and when the connection comes back. `store` is the device's IndexedDB store (null while
 * rendering on the server), which the outbox shares.
 */
export function useDeskConfig(
  token: string,
  initialConfig: CheckpointConfig,
  noteOffset: (offset: number) => void,
  onRevoked: () => void,
) {
  const [config, setConfig] = useState(initialConfig);
  const officeCode = config.office.code;
  const store = useMemo(() => (typeof indexedDB === "undefined" ? null : new IdbOutboxStore(officeCode)), [officeCode]);

  const refreshRules = useCallback(async () => {
    try {
      const response = await fetchNotingClock(
        "/api/v1/checkpoint",
        { headers: { Authorization: `Bearer ${token}` }, cache: "no-store" },
        noteOffset,
      );
      if (response.status === 401) return onRevoked();
      const fresh = checkpointConfigSchema.safeParse(response.ok ? await response.json() : null);
      if (!fresh.success) return;
      setConfig(fresh.data);
      await store?.saveConfig(fresh.data);
    } catch {
      // Offline: the cached rules keep deciding.
    }
  }, [token, store, noteOffset, onRevoked]);

  useEffect(() => {
    if (!store) return;
    void store.loadConfig().then((cached) => {
      const parsed = checkpointConfigSchema.safeParse(cached);
      if (parsed.success && parsed.data.fetchedAt > initialConfig.fetchedAt) setConfig(parsed.data);
      else void store.saveConfig(initialConfig);
    });
  }, [initialConfig, store]);

  useEffect(() => {
    const refresh = () => void refreshRules();
    window.addEventListener("online", refresh);
    const timer = setInterval(refresh, REFRESH_RULES_EVERY_MS);
    return () => {
      window.removeEventListener("online", refresh);
      clearInterval(timer);
    };
  }, [refreshRules]);

  return { config, store };
}
