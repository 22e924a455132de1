"use client";
import { useState, useTransition } from "react";
import { useHydrated } from "@/components/use-hydrated";
import { Button } from "@/components/ui/button";
import { useConfirm } from "@/components/ui/confirm-dialog";
import type { ActionResult } from "@/lib/errors";

/** A button that runs a server action, with an optional confirmation, and shows its error. */
export function ActionButton({
  label,
  pendingLabel,
  run,
  confirm,
  variant = "primary",
  success,
}: {
  label: string;
  pendingLabel: string;
  run: () => Promise<ActionResult<unknown>>;
  confirm?: string;
  variant?: "primary" | "secondary";
  success?: string;
}) {
  const [pending, startTransition] = useTransition();
  const [result, setResult] = useState<ActionResult<unknown> | null>(null);
  const hydrated = useHydrated();
  const { askFirst, dialog } = useConfirm();
  const go = () => startTransition(async () => setResult(await run()));
  return (
    <div className="flex flex-col items-start gap-2">
      <Button
        type="button"
        variant={variant}
        disabled={pending || !hydrated}
        onClick={confirm ? askFirst(confirm, label, go) : go}
      >
        {pending ? pendingLabel : label}
      </Button>
      {dialog}
      {result && !result.ok && (
        <p role="alert" className="rounded-md border border-red-200 bg-red-50 px-3 py-2 text-sm text-red-800">
          {result.message}
        </p>
      )}
      {result?.ok && success && (
        <p role="status" className="rounded-md border border-green-200 bg-green-50 px-3 py-2 text-sm text-green-800">
          {success}
        </p>
      )}
    </div>
  );
}
