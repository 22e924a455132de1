"use client";
import { useCallback, useEffect, useRef, useState, type ReactNode } from "react";
import { Button } from "@/components/ui/button";
import { useUiLabels } from "./ui-labels";

// One confirmation for every action that asks first, instead of the browser's confirm(): a
// modal <dialog> (the browser traps the focus in it, Escape cancels, the page behind is inert),
// in the page's language, its confirm button named after the action, Cancel focused first so
// that Enter never confirms by accident.

type Question = { message: string; confirmLabel: string; answer: (yes: boolean) => unknown };

/**
 * `askFirst(message, confirmLabel, then)` is a click handler that asks, and runs `then` only when
 * the person confirms (not when they cancel or press Escape); `dialog` must be rendered once by
 * the component that asks.
 */
export function useConfirm(): {
  askFirst: (message: string, confirmLabel: string, then: () => void) => () => void;
  dialog: ReactNode;
} {
  const labels = useUiLabels();
  const [question, setQuestion] = useState<Question | null>(null);
  const ref = useRef<HTMLDialogElement>(null);
  useEffect(() => {
    if (question && !ref.current?.open) ref.current?.showModal();
  }, [question]);
  const askFirst = useCallback(
    (message: string, confirmLabel: string, then: () => void) => () =>
      setQuestion({ message, confirmLabel, answer: (yes) => yes && then() }),
    [],
  );
  const close = (yes: boolean) => {
    ref.current?.close();
    question?.answer(yes);
    setQuestion(null);
  };
  const dialog = question && (
    <dialog
      ref={ref}
      aria-labelledby="confirm-title"
      aria-describedby="confirm-message"
      onCancel={(event) => (event.preventDefault(), close(false))}
      className="m-auto w-[min(28rem,calc(100vw-2rem))] rounded-lg border border-gray-200 bg-white p-5 shadow-xl backdrop:bg-black/40"
    >
      <h2 id="confirm-title" className="text-lg font-semibold text-gray-900">
        {labels.confirmTitle}
      </h2>
      <p id="confirm-message" className="mt-2 text-sm text-gray-700">
        {question.message}
      </p>
      <div className="mt-5 flex flex-wrap justify-end gap-2">
        <Button type="button" variant="secondary" autoFocus onClick={() => close(false)}>
          {labels.cancel}
        </Button>
        <Button type="button" onClick={() => close(true)}>
          {question.confirmLabel}
        </Button>
      </div>
    </dialog>
  );
  return { askFirst, dialog };
}
