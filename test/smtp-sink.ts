import { simpleParser, type ParsedMail } from "mailparser";
import { SMTPServer } from "smtp-server";

// A real SMTP server for the tests (smtp-server, the server half of nodemailer's project):
// it takes every message, parses it (mailparser) and keeps it; it can refuse the next messages
// with a temporary error, as a relay that is down does.

export type SmtpSink = {
  url: string;
  port: number;
  messages: ParsedMail[];
  /** Refuses the next `count` messages with "451 try again later". */
  refuseNext(count: number): void;
  /** The first message (already here or arriving within `timeoutMs`) that `match` accepts. */
  waitFor(match: (message: ParsedMail) => boolean, timeoutMs?: number): Promise<ParsedMail>;
  close(): Promise<void>;
};

/** The addresses a message was sent to. */
export const recipientsOf = (message: ParsedMail): string[] =>
  [message.to ?? []].flat().flatMap((to) => to.value.map((v) => v.address ?? ""));

export async function startSmtpSink(port = 0): Promise<SmtpSink> {
  const messages: ParsedMail[] = [];
  let refusing = 0;
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ["STARTTLS"],
    logger: false,
    onData(stream, _session, callback) {
      if (refusing > 0) {
        refusing--;
        stream.resume();
        stream.on("end", () =>
          callback(Object.assign(new Error("Relay unavailable, try again later"), { responseCode: 451 })),
        );
        return;
      }
      simpleParser(stream)
        .then((message) => {
          messages.push(message);
          callback();
        })
        .catch((error: Error) => callback(error));
    },
  });
  await new Promise<void>((resolve) => server.listen(port, "127.0.0.1", resolve));
  const address = server.server.address();
  const bound = typeof address === "object" && address ? address.port : port;
  return {
    url: `smtp://127.0.0.1:${bound}`,
    port: bound,
    messages,
    refuseNext: (count) => {
      refusing = count;
    },
    async waitFor(match, timeoutMs = 10_000) {
      const until = Date.now() + timeoutMs;
      for (;;) {
        const found = messages.find(match);
        if (found) return found;
        if (Date.now() > until) throw new Error(`no matching message in ${timeoutMs} ms (${messages.length} received)`);
        await new Promise((r) => setTimeout(r, 100));
      }
    },
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
