import type { Metadata } from "next";
import Link from "next/link";
import { buttonClass } from "@/components/ui/button";
import { requirePagePermission } from "@/lib/auth/guard";
import { findUsers } from "@/lib/data/users";
import { getDictionary } from "@/lib/i18n/server";
import { firstValues } from "@/lib/validations/list-params";
import { USER_STATUSES, userListParamsSchema } from "@/lib/validations/user";
import { ROLES } from "@/lib/vocabulary";
import { UsersTable } from "./users-table";

export const metadata: Metadata = { title: "Pengguna" };

const select = "rounded-md border border-gray-300 px-2 py-1.5 text-sm";

export default async function UsersPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  await requirePagePermission("users.manage");
  const { t, locale } = await getDictionary();
  const u = t.users;
  const params = userListParamsSchema.parse(firstValues(await searchParams));
  const page = await findUsers(params);
  return (
    <div className="space-y-4">
      <div className="flex flex-wrap items-center justify-between gap-3">
        <h1 className="text-2xl font-bold">{u.title}</h1>
        <Link href="/admin/users/new" className={buttonClass("primary")}>
          {u.newUser}
        </Link>
      </div>
      <p className="text-sm text-gray-700">{u.lead}</p>
      <form className="flex flex-wrap items-end gap-3 text-sm" aria-label={u.filter}>
        {params.q && <input type="hidden" name="q" value={params.q} />}
        <div className="flex flex-col gap-1 font-medium">
          <label htmlFor="filter-role">{u.role}</label>
          <select id="filter-role" name="role" defaultValue={params.role ?? ""} className={select}>
            <option value="">{u.allRoles}</option>
            {ROLES.map((r) => (
              <option key={r} value={r}>
                {t.roles[r]}
              </option>
            ))}
          </select>
        </div>
        <div className="flex flex-col gap-1 font-medium">
          <label htmlFor="filter-status">{u.status}</label>
          <select id="filter-status" name="status" defaultValue={params.status ?? ""} className={select}>
            <option value="">{u.allStatuses}</option>
            {USER_STATUSES.map((s) => (
              <option key={s} value={s}>
                {u[s]}
              </option>
            ))}
          </select>
        </div>
        <button type="submit" className={buttonClass("secondary")}>
          {u.filter}
        </button>
      </form>
      <UsersTable page={page} sort={params.sort} q={params.q} t={t} locale={locale} />
    </div>
  );
}
