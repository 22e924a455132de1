"use client";
import { useRedirectOnSuccess } from "@/components/forms/use-redirect-on-success";
import { useActionState } from "react";
import { ActionButton } from "@/components/forms/action-button";
import { Field, FormMessage, inputClass, invalidProps, SubmitButton } from "@/components/forms/form-parts";
import { setCircularStatusAction } from "@/lib/actions/circulars";
import { createRuleAction } from "@/lib/actions/rules";
import type { Dictionary } from "@/lib/i18n/dictionaries";

export function CircularStatusControls({
  circularId,
  status,
  t,
}: {
  circularId: string;
  status: string;
  t: Dictionary["rulesAdmin"];
}) {
  if (status === "DRAFT")
    return (
      <ActionButton
        label={t.activateCircular}
        pendingLabel={t.saving}
        run={() => setCircularStatusAction(circularId, "ACTIVE")}
      />
    );
  if (status === "ACTIVE")
    return (
      <ActionButton
        label={t.revokeCircular}
        pendingLabel={t.saving}
        variant="secondary"
        confirm={t.confirmRevoke}
        run={() => setCircularStatusAction(circularId, "REVOKED")}
      />
    );
  return null;
}

export function NewRuleForm({ circularId, t }: { circularId: string; t: Dictionary["rulesAdmin"] }) {
  const [state, action] = useActionState(createRuleAction.bind(null, circularId), null);
  useRedirectOnSuccess(state, (data) => `/rules/${data.code}/new`);
  return (
    <form action={action} className="space-y-3">
      <FormMessage state={state} />
      <div className="grid gap-3 sm:grid-cols-2">
        <Field label={t.ruleCode} name="code" state={state}>
          <input {...invalidProps(state, "code")} required className={inputClass} placeholder="SE1395-…" />
        </Field>
        <Field label={t.ruleTitle} name="title" state={state}>
          <input {...invalidProps(state, "title")} required className={inputClass} />
        </Field>
      </div>
      <SubmitButton label={t.addRule} pendingLabel={t.saving} variant="secondary" />
    </form>
  );
}
