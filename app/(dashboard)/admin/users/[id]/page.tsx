import { pageTitle } from "@/lib/i18n/page-title";
import Link from "next/link";
import { Card } from "@/components/ui/card";
import { requirePagePermission } from "@/lib/auth/guard";
import { findAgencyChoices, findUser } from "@/lib/data/users";
import { formatDateTime } from "@/lib/format";
import { getDictionary } from "@/lib/i18n/server";
import { notFound } from "next/navigation";
import { pathId } from "@/lib/path-params";
import { EditUserForm } from "../user-form";
import { ActiveToggle, InvitationControls, ResetSecondFactor, SendPasswordReset } from "./user-controls";
import { invitationStatus } from "../invitation-status";
import { sliceOf } from "@/lib/i18n/slice";

type Props = { params: Promise<{ id: string }> };

// The user's name only for whoever may see the page (an error page keeps this title too).
export async function generateMetadata({ params }: Props) {
  await requirePagePermission("users.manage");
  const user = await findUser(pathId((await params).id));
  return pageTitle((t) => [user?.name, t.titles.user]);
}

export default async function UserPage({ params }: Props) {
  const actor = await requirePagePermission("users.manage");
  const { t, locale } = await getDictionary();
  const u = t.users;
  const { id } = await params;
  const user = (await findUser(pathId(id))) ?? notFound();
  const self = user.id === actor.id;
  return (
    <div className="space-y-4">
      <Link href="/admin/users" className="text-sm text-brand-700 hover:underline">
        ← {u.back}
      </Link>
      <div>
        <h1 className="text-2xl font-bold">{user.name}</h1>
        <p className="text-sm text-gray-700">
          {user.email} · {t.roles[user.role]}
          {user.agency && ` · ${user.agency}`} · {user.active ? u.active : u.inactive} · {u.lastLogin}:{" "}
          {user.lastLoginAt ? formatDateTime(user.lastLoginAt, locale) : u.never} · {u.secondFactor}:{" "}
          {user.secondFactor ? u.secondFactorOn : u.secondFactorOff}
        </p>
        {user.invitation && (
          <p className="mt-1 text-sm font-medium text-amber-800" data-testid="invitation-status">
            {invitationStatus(user.invitation, u, locale)}
          </p>
        )}
      </div>
      {self && <p className="text-sm text-gray-700">{u.yourself}</p>}
      <Card title={u.edit}>
        <EditUserForm user={user} agencies={await findAgencyChoices()} t={sliceOf(t, "roles", "users")} self={self} />
      </Card>
      <Card title={user.invitation ? `${u.invitation} · ${u.status}` : `${u.resetPassword} · ${u.status}`}>
        <div className="flex flex-wrap items-start gap-6">
          {user.invitation && user.active ? (
            <InvitationControls id={user.id} email={user.email} open={user.invitation.state === "open"} t={u} />
          ) : (
            !user.invitation && user.active && <SendPasswordReset id={user.id} email={user.email} t={u} />
          )}
          {!self && <ActiveToggle id={user.id} email={user.email} active={user.active} t={u} />}
          {user.secondFactor && <ResetSecondFactor id={user.id} email={user.email} t={u} />}
        </div>
      </Card>
    </div>
  );
}
