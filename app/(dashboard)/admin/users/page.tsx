import { pageTitle } from "@/lib/i18n/page-title";
import Link from "next/link";
import { FilterSelect } from "@/components/forms/filter-select";
import { buttonClass } from "@/components/ui/button";
import { requirePagePermission } from "@/lib/auth/guard";
import { findUsers } from "@/lib/data/users";
import { getDictionary } from "@/lib/i18n/server";
import { firstValues } from "@/lib/validations/list-params";
import { USER_STATUSES, userListParamsSchema } from "@/lib/validations/user";
import { ROLES } from "@/lib/vocabulary";
import { UsersTable } from "./users-table";
import { sliceOf } from "@/lib/i18n/slice";

export const generateMetadata = () => pageTitle((t) => t.titles.users);

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
        <FilterSelect
          name="role"
          label={u.role}
          allLabel={u.allRoles}
          value={params.role}
          options={ROLES.map((r) => ({ value: r, label: t.roles[r] }))}
        />
        <FilterSelect
          name="status"
          label={u.status}
          allLabel={u.allStatuses}
          value={params.status}
          options={USER_STATUSES.map((s) => ({ value: s, label: u[s] }))}
        />
        <button type="submit" className={buttonClass("secondary")}>
          {u.filter}
        </button>
      </form>
      <UsersTable
        page={page}
        sort={params.sort}
        q={params.q}
        t={sliceOf(t, "roles", "users", "table")}
        locale={locale}
      />
    </div>
  );
}
