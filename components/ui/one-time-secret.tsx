"use client";
import { useState, type ReactNode } from "react";
import { Button } from "@/components/ui/button";
import { useUiLabels } from "./ui-labels";

/**
 * A secret SIGAP shows once (a new password, an API key, a checkpoint link): with a Copy button,
 * and a button that puts it away once saved, so the "shown only once" box does not stay on the
 * page through whatever the official does next.
 */
export function OneTimeSecret({
  title,
  secret,
  children,
}: {
  title: string;
  secret: string;
  /** How the secret is shown (a code block, a link, a QR code…). */
  children: ReactNode;
}) {
  const labels = useUiLabels();
  const [copied, setCopied] = useState(false);
  const [saved, setSaved] = useState(false);
  if (saved) return null;
  return (
    <div className="rounded-md border border-amber-300 bg-amber-50 p-3 text-sm" role="status">
      <p className="font-medium">{title}</p>
      {children}
      <div className="mt-2 flex flex-wrap gap-2">
        <Button
          type="button"
          variant="secondary"
          onClick={() => void navigator.clipboard.writeText(secret).then(() => setCopied(true))}
        >
          {copied ? labels.copied : labels.copy}
        </Button>
        <Button type="button" variant="secondary" onClick={() => setSaved(true)}>
          {labels.saved}
        </Button>
      </div>
    </div>
  );
}
