"use client";
import { useRouter } from "next/navigation";
import { useEffect } from "react";
import type { ActionResult } from "@/lib/errors";

/** After a successful action, go to the page `to` names for its result (e.g. the record just created). */
export function useRedirectOnSuccess<T>(state: ActionResult<T> | null, to: ((data: T) => string) | null): void {
  const router = useRouter();
  useEffect(() => {
    if (!state?.ok || !to) return;
    router.push(to(state.data));
    // The target may be a page the client router has cached from before the change.
    router.refresh();
    // `to` is a fresh closure each render: the redirect follows the action's result only.
  }, [state, router]);
}
