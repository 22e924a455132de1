"use client";
import { useState, type FormEvent } from "react";
import type { ActionResult, AppErrorCode } from "@/lib/errors";

type ErrorBody = { error?: { code?: AppErrorCode; message?: string; fieldErrors?: Record<string, string[]> } };

/**
 * A form that posts JSON to one of SIGAP's route handlers (the pages of a signed-out visitor
 * have no server actions): its answer as an ActionResult, so the Field parts show errors under
 * their inputs. The inputs are left as typed, whatever the answer.
 */
export function useJsonForm<T>(url: string, read: (form: FormData) => unknown, unreachable: string) {
  const [state, setState] = useState<ActionResult<T> | null>(null);
  const [pending, setPending] = useState(false);
  async function post(event: FormEvent<HTMLFormElement>) {
    setPending(true);
    try {
      const response = await fetch(url, {
        method: "POST",
        headers: { "Content-Type": "application/json" },
        body: JSON.stringify(read(new FormData(event.currentTarget))),
      });
      const body = (await response.json().catch(() => ({}))) as T & ErrorBody;
      setState(
        response.ok
          ? { ok: true, data: body }
          : {
              ok: false,
              code: body.error?.code ?? "INTERNAL",
              message: body.error?.message ?? unreachable,
              fieldErrors: body.error?.fieldErrors,
            },
      );
    } catch {
      setState({ ok: false, code: "UNAVAILABLE", message: unreachable });
    } finally {
      setPending(false);
    }
  }
  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    void post(event);
  }
  return { state, pending, onSubmit };
}
