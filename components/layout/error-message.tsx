"use client";
import { Button } from "@/components/ui/button";

// A client boundary cannot read the language cookie on the server: both languages are shown.
export function ErrorMessage({ reset }: { error: Error & { digest?: string }; reset: () => void }) {
  return (
    <main id="main" className="mx-auto max-w-xl px-4 py-16 text-center">
      <h1 className="text-2xl font-bold">Terjadi kesalahan · Something went wrong</h1>
      <p className="mt-3 text-gray-700">Maaf, halaman ini gagal dimuat. · Sorry, this page failed to load.</p>
      <Button className="mt-6" onClick={reset}>
        Coba lagi · Try again
      </Button>
    </main>
  );
}
