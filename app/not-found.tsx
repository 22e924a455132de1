import { HtmlDocument } from "@/components/layout/html-document";
import { MessagePage } from "@/components/layout/message-page";
import { DICTIONARIES } from "@/lib/i18n/dictionaries";

// For addresses nothing matches. Next renders this element into every page's payload, so it
// reads no cookie (a cookie would make the cached public pages dynamic): both languages are
// shown. A group's own not-found.tsx answers in the visitor's language.
const [id, en] = [DICTIONARIES.id.errors, DICTIONARIES.en.errors];

export default function NotFound() {
  return (
    <HtmlDocument locale="id">
      <MessagePage
        title={`${id.notFoundTitle} · ${en.notFoundTitle}`}
        message={`${id.notFound} · ${en.notFound}`}
        backLabel={`${id.backHome} · ${en.backHome}`}
      />
    </HtmlDocument>
  );
}
