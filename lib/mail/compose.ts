import { appUrl } from "@/lib/env";
import { fill } from "@/lib/i18n/fill";
import { DICTIONARIES, type Locale } from "@/lib/i18n/dictionaries";

// Every message SIGAP mails has one shape — greeting, paragraphs, lists, one link, the
// signature and the footer naming SIGAP and the city — written once here as plain text and as
// HTML. No images, no tracking, no rewritten links: what the recipient sees is what they get.

export type MailBody = {
  name: string;
  paragraphs: string[];
  lists?: { title: string; items: string[] }[];
  action?: { label: string; url: string };
  after?: string[];
  /** A message the recipient can switch off on /account says where. */
  optOut?: boolean;
};

export type ComposedMail = { subject: string; text: string; html: string };

const escapeHtml = (text: string) =>
  text.replace(/[&<>"']/g, (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" })[c]!);

const paragraph = (text: string) => `<p style="margin:0 0 12px">${escapeHtml(text).replace(/\n/g, "<br>")}</p>`;

/** The message `body` in `locale`: plain text and HTML saying the same. */
export function composeMail(locale: Locale, subject: string, body: MailBody): ComposedMail {
  const m = DICTIONARIES[locale].mail;
  const greeting = fill(m.greeting, { name: body.name }, locale);
  const closing = [...(body.after ?? []), m.signature];
  const footer = [m.footer, ...(body.optOut ? [fill(m.optOut, { url: `${appUrl()}/account` }, locale)] : [])];
  const text = [
    greeting,
    ...body.paragraphs,
    ...(body.lists ?? []).map((list) =>
      [...(list.title ? [list.title] : []), ...list.items.map((item) => `- ${item}`)].join("\n"),
    ),
    ...(body.action ? [`${body.action.label}:\n${body.action.url}`] : []),
    ...closing,
    `-- \n${footer.join("\n")}`,
  ].join("\n\n");
  const html = [
    `<!doctype html><html lang="${locale}"><body style="font-family:Arial,sans-serif;font-size:15px;color:#1f2937;max-width:600px">`,
    paragraph(greeting),
    ...body.paragraphs.map(paragraph),
    ...(body.lists ?? []).map(
      (list) =>
        `${list.title ? paragraph(list.title) : ""}<ul style="margin:0 0 12px">${list.items.map((item) => `<li>${escapeHtml(item)}</li>`).join("")}</ul>`,
    ),
    ...(body.action
      ? [
          `<p style="margin:16px 0"><a href="${escapeHtml(body.action.url)}" style="background:#1d4ed8;color:#fff;padding:10px 16px;border-radius:6px;text-decoration:none;font-weight:bold">${escapeHtml(body.action.label)}</a></p>`,
          paragraph(body.action.url),
        ]
      : []),
    ...closing.map(paragraph),
    `<hr style="border:0;border-top:1px solid #e5e7eb"><p style="font-size:12px;color:#4b5563">${footer.map(escapeHtml).join("<br>")}</p>`,
    "</body></html>",
  ].join("\n");
  return { subject, text, html };
}
