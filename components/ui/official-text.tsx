import type { ReactNode } from "react";

/**
 * The wording of a circular as the city issued it: Indonesian whatever the interface
 * language (a translation would not be the legal text), marked as such and tagged lang="id"
 * so that screen readers pronounce it as Indonesian.
 */
export function OfficialText({ label, children }: { label: string; children: ReactNode }) {
  return (
    <div lang="id" data-testid="official-text">
      <p className="mb-1 text-xs font-medium uppercase tracking-wide text-gray-500">{label}</p>
      {children}
    </div>
  );
}
