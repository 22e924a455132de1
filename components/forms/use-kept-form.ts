"use client";
import { useActionState, useTransition, type FormEvent } from "react";
import type { ActionResult } from "@/lib/errors";

/**
 * A form bound to a form action that keeps what was typed when the action refuses it.
 * `<form action={…}>` resets every uncontrolled field once its action returns — a refused
 * form would come back empty, its messages pointing at fields the official must type again.
 * Submitted through onSubmit instead, the fields stay; `pending` replaces useFormStatus.
 */
export function useKeptForm<R>(action: (state: ActionResult<R> | null, form: FormData) => Promise<ActionResult<R>>): {
  state: ActionResult<R> | null;
  onSubmit: (event: FormEvent<HTMLFormElement>) => void;
  pending: boolean;
} {
  const [state, dispatch, dispatching] = useActionState(action, null);
  const [starting, startTransition] = useTransition();
  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    startTransition(() => dispatch(form));
  };
  return { state, onSubmit, pending: dispatching || starting };
}
