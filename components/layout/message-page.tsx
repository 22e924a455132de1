import Link from "next/link";
import { buttonClass } from "@/components/ui/button";

/** A full-width notice (403, 404) with a way back. */
export function MessagePage({
  title,
  message,
  backLabel,
  backHref = "/",
}: {
  title: string;
  message: string;
  backLabel: string;
  backHref?: string;
}) {
  return (
    <main id="main" className="mx-auto max-w-xl px-4 py-16 text-center">
      <h1 className="text-2xl font-bold">{title}</h1>
      <p className="mt-3 text-gray-700">{message}</p>
      <Link href={backHref} className={buttonClass("primary", "mt-6")}>
        {backLabel}
      </Link>
    </main>
  );
}
