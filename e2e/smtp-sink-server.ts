import { createServer } from "node:http";
import { recipientsOf, startSmtpSink } from "../test/smtp-sink";
import { E2E_SMTP_HTTP_PORT, E2E_SMTP_PORT } from "./mail";

// The mail server of the e2e run (a webServer of playwright.config.ts): SIGAP sends to its
// SMTP port as to a city relay; the tests read what arrived from its HTTP port.

const sink = await startSmtpSink(E2E_SMTP_PORT);
createServer((request, response) => {
  if (request.url === "/health") return response.end("ok");
  if (request.url === "/messages") {
    const messages = sink.messages.map((m) => ({ to: recipientsOf(m), subject: m.subject ?? "", text: m.text ?? "" }));
    response.setHeader("Content-Type", "application/json");
    return response.end(JSON.stringify(messages));
  }
  response.statusCode = 404;
  response.end();
}).listen(E2E_SMTP_HTTP_PORT, "127.0.0.1");
