import { ActionButton } from "@/components/forms/action-button";
import { Button } from "@/components/ui/button";
import { activateVersionAction } from "@/lib/actions/rule-versions";
import { replayDraft } from "@/lib/data/replay";
import { formatDateTime, formatNumber } from "@/lib/format";
import type { Dictionary, Locale } from "@/lib/i18n/dictionaries";

/** Days of recorded visits the activation's impact is measured on (the replay panel's default). */
export const IMPACT_DAYS = 28;

/**
 * "Activate", with its impact in the confirmation: from when, and what the last four weeks of
 * visits would have become under this version (the replay's numbers). Streamed: the page
 * shows while the replay runs, and the button waits for its numbers.
 */
export async function ActivateButton({
  ruleCode,
  version,
  refusal,
  t,
  locale,
}: {
  ruleCode: string;
  version: { id: string; version: number; validFrom: Date };
  /** Why the guardrails refuse this version now (in the reader's language), or null. */
  refusal: string | null;
  t: Dictionary["rulesAdmin"];
  locale: Locale;
}) {
  // Refused anyway (no test cases, one failing, a start in the past): said before anyone is asked.
  if (refusal)
    return (
      <div className="flex max-w-sm flex-col items-start gap-2">
        <Button type="button" disabled aria-describedby="activation-refusal">
          {t.activate}
        </Button>
        <p id="activation-refusal" className="text-sm text-amber-900" data-testid="activation-refusal">
          {refusal}
        </p>
      </div>
    );
  const impact = await replayDraft(version.id, IMPACT_DAYS);
  const n = (value: number) => formatNumber(value, locale);
  const confirm = [
    t.confirmActivate
      .replace("{version}", String(version.version))
      .replace("{from}", formatDateTime(version.validFrom, locale)),
    t.activationImpact
      .replace("{days}", n(impact.coveredDays))
      .replace("{events}", n(impact.events))
      .replace("{changed}", n(impact.changed))
      .replace("{stricter}", n(impact.stricter))
      .replace("{looser}", n(impact.looser))
      .replace("{sameAccess}", n(impact.sameAccess)),
  ].join("\n\n");
  return (
    <ActionButton
      label={t.activate}
      pendingLabel={t.activating}
      confirm={confirm}
      run={activateVersionAction.bind(null, ruleCode, version.id)}
    />
  );
}

/** The button's place while the impact is measured. */
export function ActivateButtonPending({ t }: { t: Dictionary["rulesAdmin"] }) {
  return (
    <Button type="button" disabled>
      {t.measuringImpact}
    </Button>
  );
}
