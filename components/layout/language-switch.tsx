import type { Locale } from "@/lib/i18n/dictionaries";

/** A one-button form that flips the interface language and reloads the page (works without JavaScript). */
export function LanguageSwitch({ locale, label }: { locale: Locale; label: string }) {
  const target: Locale = locale === "id" ? "en" : "id";
  return (
    <form action="/api/locale" method="post">
      <input type="hidden" name="locale" value={target} />
      <button
        type="submit"
        lang={target}
        className="rounded-md px-2 py-1 text-sm font-medium underline-offset-4 hover:underline"
      >
        {label}
      </button>
    </form>
  );
}
