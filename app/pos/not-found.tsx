import { getDictionary } from "@/lib/i18n/server";

/** 404 of the desk: a wrong or revoked checkpoint link (or an office code that does not match it). */
export default async function CheckpointNotFound() {
  const { t } = await getDictionary();
  return (
    <main className="mx-auto max-w-xl p-6">
      <h1 className="text-2xl font-bold">{t.checkpoint.invalidTitle}</h1>
      <p className="mt-2 text-gray-700">{t.checkpoint.invalidBody}</p>
    </main>
  );
}
