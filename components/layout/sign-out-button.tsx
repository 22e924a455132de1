"use client";
import { signOut } from "next-auth/react";
import { useHydrated } from "@/components/use-hydrated";

export function SignOutButton({ label }: { label: string }) {
  const hydrated = useHydrated();
  return (
    <button
      type="button"
      disabled={!hydrated}
      onClick={() => void signOut({ callbackUrl: "/login" })}
      className="rounded-md px-3 py-2 text-sm font-medium text-gray-700 hover:bg-gray-100"
    >
      {label}
    </button>
  );
}
