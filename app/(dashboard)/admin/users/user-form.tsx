"use client";
import { useState } from "react";
import { useKeptForm } from "@/components/forms/use-kept-form";
import { Field, FormMessage, inputClass, invalidProps, SubmitButton } from "@/components/forms/form-parts";
import { createUserAction, updateUserAction } from "@/lib/actions/users";
import { bindsToAgency } from "@/lib/auth/permissions";
import type { UserRow } from "@/lib/data/users";

import type { DictionarySlice } from "@/lib/i18n/slice";
import { ROLES, type RoleCode } from "@/lib/vocabulary";

type Props = { agencies: { code: string; name: string }[]; t: DictionarySlice<"roles" | "users">; self?: boolean };

/** Role and agency, kept consistent as they are chosen: only an agency admin takes an agency. */
function RoleAndAgency({
  state,
  agencies,
  t,
  initial,
  roleLocked,
}: Props & { state: Parameters<typeof Field>[0]["state"]; initial?: UserRow; roleLocked?: boolean }) {
  const [role, setRole] = useState<RoleCode>(initial?.role ?? "AGENCY_ADMIN");
  const u = t.users;
  return (
    <>
      <Field label={u.role} name="role" state={state}>
        {roleLocked && <input type="hidden" name="role" value={role} />}
        <select
          {...invalidProps(state, "role")}
          name={roleLocked ? undefined : "role"}
          value={role}
          disabled={roleLocked}
          onChange={(e) => setRole(e.target.value as RoleCode)}
          className={inputClass}
        >
          {ROLES.map((r) => (
            <option key={r} value={r}>
              {t.roles[r]}
            </option>
          ))}
        </select>
      </Field>
      <Field label={u.agency} name="agencyCode" state={state} hint={u.agencyHint}>
        <select
          {...invalidProps(state, "agencyCode")}
          defaultValue={initial?.agencyCode ?? ""}
          disabled={!bindsToAgency(role)}
          className={inputClass}
        >
          <option value="">{u.noAgency}</option>
          {agencies.map((a) => (
            <option key={a.code} value={a.code}>
              {a.name}
            </option>
          ))}
        </select>
      </Field>
    </>
  );
}

/** The new-account form; on success, says the invitation was mailed (no password is shown). */
export function NewUserForm({ agencies, t }: Props) {
  const { state, onSubmit, pending } = useKeptForm(createUserAction);
  const u = t.users;
  return (
    <form onSubmit={onSubmit} className="max-w-xl space-y-3">
      <FormMessage state={state} />
      {state?.ok && (
        <p role="status" className="rounded-md border border-green-200 bg-green-50 px-3 py-2 text-sm text-green-800">
          {u.invited.replace("{email}", state.data.email)}{" "}
          <a href={`/admin/users/${state.data.id}`} className="font-medium text-brand-700 underline">
            {u.openUser}
          </a>
        </p>
      )}
      <Field label={u.name} name="name" state={state}>
        <input {...invalidProps(state, "name")} required autoComplete="off" className={inputClass} />
      </Field>
      <Field label={u.email} name="email" state={state}>
        <input {...invalidProps(state, "email")} type="email" required autoComplete="off" className={inputClass} />
      </Field>
      <RoleAndAgency state={state} agencies={agencies} t={t} />
      <SubmitButton label={u.create} pendingLabel={u.creating} pending={pending} />
    </form>
  );
}

/** The edit form of an account: name, role, agency. */
export function EditUserForm({ user, agencies, t, self }: Props & { user: UserRow }) {
  const { state, onSubmit, pending } = useKeptForm(updateUserAction.bind(null, user.id));
  const u = t.users;
  return (
    <form onSubmit={onSubmit} className="max-w-xl space-y-3">
      <FormMessage state={state} success={u.saved} />
      <Field label={u.name} name="name" state={state}>
        <input {...invalidProps(state, "name")} defaultValue={user.name} required className={inputClass} />
      </Field>
      <RoleAndAgency state={state} agencies={agencies} t={t} initial={user} roleLocked={self} />
      <SubmitButton label={u.save} pendingLabel={u.saving} pending={pending} />
    </form>
  );
}
