"use client";
import { useRouter, useSearchParams } from "next/navigation";
import { useState, type FormEvent } from "react";
import { useHydrated } from "@/components/use-hydrated";
import { Button } from "@/components/ui/button";
import type { Dictionary } from "@/lib/i18n/dictionaries";
import { signInWithCredentials } from "@/lib/auth/sign-in-client";
import { safeLocalPath } from "@/lib/safe-redirect";
import { CODE_MAX_LENGTH, EMAIL_MAX_LENGTH, PASSWORD_MAX_LENGTH } from "@/lib/validations/sign-in-limits";

type FieldErrors = Partial<Record<"email" | "password", string>>;

export function LoginForm({ labels }: { labels: Dictionary["login"] }) {
  const hydrated = useHydrated();
  const router = useRouter();
  const searchParams = useSearchParams();
  const [error, setError] = useState<string | null>(null);
  const [fieldErrors, setFieldErrors] = useState<FieldErrors>({});
  const [submitting, setSubmitting] = useState(false);
  // Shown once the server says the password was right and the account has a second factor.
  const [askCode, setAskCode] = useState(false);

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    // The browser's own checks (type, required, maxLength: the limits the server's schema
    // applies, lib/validations/auth.ts), worded from the dictionary: the first page a visitor
    // loads carries neither a validation library (23 KB gzipped) nor the message catalog.
    const field = (name: string) => event.currentTarget.elements.namedItem(name) as HTMLInputElement | null;
    const email = field("email")!;
    const password = field("password")!;
    if (!email.validity.valid || !password.validity.valid) {
      setFieldErrors({
        email: email.validity.valid ? undefined : labels.emailInvalid,
        password: password.validity.valid
          ? undefined
          : password.value
            ? labels.passwordTooLong
            : labels.passwordRequired,
      });
      return;
    }
    setFieldErrors({});
    setError(null);
    setSubmitting(true);
    try {
      const code = askCode ? (field("code")?.value ?? "") : undefined;
      const outcome = await signInWithCredentials(email.value, password.value, code);
      if (outcome === "codeNeeded") setAskCode(true);
      if (outcome !== "ok") {
        setError(outcome === "failed" ? labels.failed : labels[outcome]);
        return;
      }
      router.push(safeLocalPath(searchParams.get("callbackUrl"), "/dashboard"));
      router.refresh();
    } catch {
      setError(labels.failed);
    } finally {
      setSubmitting(false);
    }
  }

  return (
    // POST and a disabled button until hydrated: a submit before React attaches its handler
    // would otherwise be a native GET, with the password in the URL (history, server logs).
    <form
      method="post"
      onSubmit={(e) => void submit(e)}
      noValidate
      className="mt-6 space-y-4 rounded-lg border border-gray-200 bg-white p-6 shadow-sm"
    >
      {error && (
        <p role="alert" className="rounded-md border border-red-200 bg-red-50 px-3 py-2 text-sm text-red-800">
          {error}
        </p>
      )}
      <div className="flex flex-col gap-1">
        <label htmlFor="email" className="text-sm font-medium">
          {labels.email}
        </label>
        <input
          id="email"
          name="email"
          type="email"
          autoComplete="username"
          maxLength={EMAIL_MAX_LENGTH}
          defaultValue={searchParams.get("email") ?? undefined}
          required
          aria-invalid={Boolean(fieldErrors.email)}
          aria-describedby={fieldErrors.email ? "email-error" : undefined}
          className="rounded-md border border-gray-300 px-3 py-2"
        />
        {fieldErrors.email && (
          <p id="email-error" className="text-sm text-red-700">
            {fieldErrors.email}
          </p>
        )}
      </div>
      <div className="flex flex-col gap-1">
        <label htmlFor="password" className="text-sm font-medium">
          {labels.password}
        </label>
        <input
          id="password"
          name="password"
          type="password"
          autoComplete="current-password"
          maxLength={PASSWORD_MAX_LENGTH}
          required
          aria-invalid={Boolean(fieldErrors.password)}
          aria-describedby={fieldErrors.password ? "password-error" : undefined}
          className="rounded-md border border-gray-300 px-3 py-2"
        />
        {fieldErrors.password && (
          <p id="password-error" className="text-sm text-red-700">
            {fieldErrors.password}
          </p>
        )}
      </div>
      {askCode && (
        <div className="flex flex-col gap-1">
          <label htmlFor="code" className="text-sm font-medium">
            {labels.code}
          </label>
          <input
            id="code"
            name="code"
            type="text"
            inputMode="numeric"
            autoComplete="one-time-code"
            maxLength={CODE_MAX_LENGTH}
            autoFocus
            required
            aria-describedby="code-hint"
            className="rounded-md border border-gray-300 px-3 py-2 tracking-widest"
          />
          <p id="code-hint" className="text-sm text-gray-600">
            {labels.codeHint}
          </p>
        </div>
      )}
      <Button type="submit" disabled={submitting || !hydrated} className="w-full">
        {submitting ? labels.submitting : labels.submit}
      </Button>
    </form>
  );
}
