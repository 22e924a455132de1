"use client";
import type { ReactNode } from "react";
import { useFormStatus } from "react-dom";
import { Button } from "@/components/ui/button";
import type { ActionResult } from "@/lib/errors";

export const inputClass =
  "w-full rounded-md border border-gray-300 px-3 py-2 text-sm font-normal aria-[invalid=true]:border-red-600";

/** The messages of one field, tied to its input by id for screen readers. */
export function FieldErrors({ id, errors }: { id: string; errors?: string[] }) {
  if (!errors?.length) return null;
  return (
    <p id={id} className="text-sm text-red-700">
      {errors.join(" ")}
    </p>
  );
}

/** A labelled form field; `name` keys its errors in the action result. */
export function Field({
  label,
  name,
  state,
  children,
  hint,
  inputId = name,
}: {
  label: string;
  name: string;
  state: ActionResult<unknown> | null;
  children: ReactNode;
  hint?: string;
  inputId?: string;
}) {
  const errors = state && !state.ok ? state.fieldErrors?.[name] : undefined;
  return (
    <div className="flex flex-col gap-1 text-sm font-medium text-gray-800">
      <label htmlFor={inputId}>{label}</label>
      {children}
      {hint && <p className="text-xs font-normal text-gray-600">{hint}</p>}
      <FieldErrors id={`${inputId}-error`} errors={errors} />
    </div>
  );
}

/** Props that name an input and mark it invalid when its field has errors. */
export function invalidProps(state: ActionResult<unknown> | null, name: string, id = name) {
  const invalid = Boolean(state && !state.ok && state.fieldErrors?.[name]);
  return { id, name, "aria-invalid": invalid, "aria-describedby": invalid ? `${id}-error` : undefined };
}

/** The action's overall message: an error, or a success note. */
export function FormMessage({ state, success }: { state: ActionResult<unknown> | null; success?: string }) {
  if (!state) return null;
  if (state.ok)
    return success ? (
      <p className="rounded-md border border-green-200 bg-green-50 px-3 py-2 text-sm text-green-800">{success}</p>
    ) : null;
  return (
    <p className="rounded-md border border-red-200 bg-red-50 px-3 py-2 text-sm text-red-800" data-testid="form-error">
      {state.message}
    </p>
  );
}

/** A submit button that shows the pending label while its form's action runs. */
export function SubmitButton({
  label,
  pendingLabel,
  variant,
  pending: submitting,
}: {
  label: string;
  pendingLabel: string;
  variant?: "primary" | "secondary";
  /** From useKeptForm, whose forms submit without a form action (useFormStatus does not see them). */
  pending?: boolean;
}) {
  const status = useFormStatus();
  const pending = submitting ?? status.pending;
  return (
    <Button type="submit" disabled={pending} variant={variant}>
      {pending ? pendingLabel : label}
    </Button>
  );
}
