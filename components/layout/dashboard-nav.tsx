"use client";
import Link from "next/link";
import { usePathname } from "next/navigation";
import { useState } from "react";
import { cn } from "@/lib/cn";
import type { NavItem } from "./nav-items";

/**
 * The officials' navigation: a column beside the page from tablet width; on a phone, one
 * button ("Menu · the current section") that opens the whole list, instead of a row of links
 * cut off at the screen's edge.
 */
export function DashboardNav({ items, label, menuLabel }: { items: NavItem[]; label: string; menuLabel: string }) {
  const pathname = usePathname();
  const [open, setOpen] = useState(false);
  const isActive = (item: NavItem) =>
    [item.href, ...(item.also ?? [])].some((href) => pathname === href || pathname.startsWith(`${href}/`));
  const current = items.find(isActive);
  return (
    <nav aria-label={label}>
      <button
        type="button"
        className="flex min-h-11 w-full items-center justify-between rounded-md border border-gray-300 bg-white px-3 py-2 text-sm font-medium md:hidden"
        aria-expanded={open}
        aria-controls="main-nav-list"
        onClick={() => setOpen((o) => !o)}
      >
        <span>
          {menuLabel}
          {current && <span className="font-normal text-gray-600"> · {current.label}</span>}
        </span>
        <span aria-hidden="true">{open ? "▲" : "▼"}</span>
      </button>
      <ul id="main-nav-list" className={cn("mt-2 flex-col gap-1 md:mt-0 md:flex", open ? "flex" : "hidden")}>
        {items.map((item) => {
          const active = isActive(item);
          return (
            <li key={item.href}>
              <Link
                href={item.href}
                aria-current={active ? "page" : undefined}
                onClick={() => setOpen(false)}
                className={cn(
                  "block min-h-10 whitespace-nowrap rounded-md px-3 py-2 text-sm font-medium",
                  active ? "bg-brand-100 text-brand-800" : "text-gray-700 hover:bg-gray-100",
                )}
              >
                {item.label}
              </Link>
            </li>
          );
        })}
      </ul>
    </nav>
  );
}
