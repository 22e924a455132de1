import "server-only";
import nodemailer from "nodemailer";
import { env } from "@/lib/env";

// How a message leaves SIGAP: nodemailer to the city's SMTP relay (SMTP_URL). Without one
// there is no transport: messages stay in the outbox (/admin/outbox), as in the demo.

export type Envelope = { to: string; subject: string; text: string; html: string };

/** Sends one message or throws (the outbox records the failure and tries again later). */
export type MailTransport = { send(message: Envelope): Promise<void> };

/** A transport to the SMTP server at `url` (smtp:// or smtps://), sending from `from`. */
export function smtpTransport(url: string, from = env().MAIL_FROM): MailTransport {
  // A relay that does not answer must not hold a send (nor a job) for minutes.
  const transporter = nodemailer.createTransport(url, {
    connectionTimeout: 10_000,
    greetingTimeout: 10_000,
    socketTimeout: 20_000,
  });
  return {
    async send(message) {
      await transporter.sendMail({ from, ...message });
    },
  };
}

let configured: MailTransport | null | undefined;

/** The transport SMTP_URL configures, or null when it is unset (the outbox keeps every message). */
export function configuredTransport(): MailTransport | null {
  if (configured === undefined) configured = env().SMTP_URL ? smtpTransport(env().SMTP_URL!) : null;
  return configured;
}
