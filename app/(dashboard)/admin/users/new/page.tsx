import { pageTitle } from "@/lib/i18n/page-title";
import Link from "next/link";
import { requirePagePermission } from "@/lib/auth/guard";
import { findAgencyChoices } from "@/lib/data/users";
import { getDictionary } from "@/lib/i18n/server";
import { NewUserForm } from "../user-form";
import { sliceOf } from "@/lib/i18n/slice";

export const generateMetadata = () => pageTitle((t) => t.titles.newUser);

export default async function NewUserPage() {
  await requirePagePermission("users.manage");
  const { t } = await getDictionary();
  return (
    <div className="space-y-4">
      <Link href="/admin/users" className="text-sm text-brand-700 hover:underline">
        ← {t.users.back}
      </Link>
      <h1 className="text-2xl font-bold">{t.users.newUser}</h1>
      <NewUserForm agencies={await findAgencyChoices()} t={sliceOf(t, "roles", "users")} />
    </div>
  );
}
