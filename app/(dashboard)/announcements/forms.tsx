"use client";
import { Field, FormMessage, inputClass, invalidProps, SubmitButton } from "@/components/forms/form-parts";
import { useKeptForm } from "@/components/forms/use-kept-form";
import { ActionButton } from "@/components/forms/action-button";
import {
  createAnnouncementAction,
  publishErratumAction,
  setAnnouncementPublishedAction,
  updateAnnouncementAction,
} from "@/lib/actions/announcements";
import type { Dictionary } from "@/lib/i18n/dictionaries";

type Texts = { titleId: string; titleEn: string; bodyId: string; bodyEn: string };

/** A new announcement's form, or a draft's (`id`), in both languages. */
export function AnnouncementForm({ t, id, initial }: { t: Dictionary["announcements"]; id?: string; initial?: Texts }) {
  const { state, onSubmit, pending } = useKeptForm(
    id ? updateAnnouncementAction.bind(null, id) : createAnnouncementAction,
  );
  const prefix = id ? `a-${id}-` : "a-new-";
  return (
    <form onSubmit={onSubmit} className="space-y-3" aria-label={id ? t.edit : t.newAnnouncement}>
      <FormMessage state={state} success={t.saved} />
      <div className="grid gap-3 md:grid-cols-2">
        {(["titleId", "titleEn"] as const).map((name) => (
          <Field key={name} label={t[name]} name={name} state={state} inputId={`${prefix}${name}`}>
            <input
              {...invalidProps(state, name, `${prefix}${name}`)}
              defaultValue={initial?.[name]}
              required
              className={inputClass}
            />
          </Field>
        ))}
        {(["bodyId", "bodyEn"] as const).map((name) => (
          <Field key={name} label={t[name]} name={name} state={state} inputId={`${prefix}${name}`}>
            <textarea
              {...invalidProps(state, name, `${prefix}${name}`)}
              defaultValue={initial?.[name]}
              required
              rows={4}
              className={inputClass}
            />
          </Field>
        ))}
      </div>
      <SubmitButton label={t.saveDraft} pendingLabel={t.saving} pending={pending} variant="secondary" />
    </form>
  );
}

/** Publish (asked first) or withdraw an announcement. */
export function PublishToggle({
  id,
  title,
  published,
  t,
}: {
  id: string;
  title: string;
  published: boolean;
  t: Dictionary["announcements"];
}) {
  return published ? (
    <ActionButton
      label={t.withdraw}
      pendingLabel={t.withdrawing}
      variant="secondary"
      run={() => setAnnouncementPublishedAction(id, false)}
    />
  ) : (
    <ActionButton
      label={t.publish}
      pendingLabel={t.publishing}
      confirm={t.confirmPublish.replace("{title}", title)}
      run={() => setAnnouncementPublishedAction(id, true)}
    />
  );
}

/** A new erratum: public at once. */
export function ErratumForm({ t }: { t: Dictionary["announcements"] }) {
  const { state, onSubmit, pending } = useKeptForm(publishErratumAction);
  return (
    <form onSubmit={onSubmit} className="space-y-3" aria-label={t.newErratum}>
      <p className="text-sm text-gray-700">{t.erratumNote}</p>
      <FormMessage state={state} success={t.erratumPublished} />
      <Field label={t.affected} name="affected" state={state} hint={t.affectedHint}>
        <input {...invalidProps(state, "affected")} required className={inputClass} />
      </Field>
      <div className="grid gap-3 md:grid-cols-2">
        {(["descriptionId", "descriptionEn"] as const).map((name) => (
          <Field key={name} label={t[name]} name={name} state={state}>
            <textarea {...invalidProps(state, name)} required rows={3} className={inputClass} />
          </Field>
        ))}
      </div>
      <SubmitButton label={t.publishErratum} pendingLabel={t.publishing} pending={pending} />
    </form>
  );
}
