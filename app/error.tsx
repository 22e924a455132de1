"use client";
import { ErrorMessage } from "@/components/layout/error-message";
import { HtmlDocument } from "@/components/layout/html-document";

// Catches what a top-level layout throws, so it draws the document itself (the root layout
// draws none); errors inside pages are caught by each group's error.tsx, under its layout.
export default function RootError(props: { error: Error & { digest?: string }; reset: () => void }) {
  return (
    <HtmlDocument locale="id">
      <ErrorMessage {...props} />
    </HtmlDocument>
  );
}
