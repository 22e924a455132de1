import type { ReactNode } from "react";
import { cn } from "@/lib/cn";

export function Card({
  title,
  description,
  children,
  className,
  headingLevel = 2,
  id,
}: {
  /** An anchor other pages link to (/rollout#terlambat). */
  id?: string;
  title?: string;
  description?: string;
  children: ReactNode;
  className?: string;
  headingLevel?: 2 | 3;
}) {
  const Heading = headingLevel === 2 ? "h2" : "h3";
  return (
    <section
      id={id}
      aria-label={title}
      // min-w-0: in a grid or a row, a wide table scrolls inside the card instead of widening the page.
      className={cn("min-w-0 rounded-lg border border-gray-200 bg-white p-4 shadow-sm sm:p-6", className)}
    >
      {title && <Heading className="text-lg font-semibold text-gray-900">{title}</Heading>}
      {description && <p className="mt-1 text-sm text-gray-600">{description}</p>}
      <div className={title || description ? "mt-4" : undefined}>{children}</div>
    </section>
  );
}
