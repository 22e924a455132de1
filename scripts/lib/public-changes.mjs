// The listening half of lib/public-pages-channel.mjs, in the HTTP server: with REDIS_URL, a
// message that another instance published (a release, an announcement, an erratum) is handed
// to this instance's own Next, which makes its cached public pages again. Plain JavaScript,
// like scripts/serve.mjs.
import Redis from "ioredis";
import { log } from "../../lib/log.mjs";
import { PUBLIC_PAGES_CHANNEL, PUBLIC_PAGES_ROUTE, internalToken } from "../../lib/public-pages-channel.mjs";

/** Subscribes when REDIS_URL is set, and hands each message to the app at `origin`; returns what stops listening. */
export function listenForPublicChanges(origin) {
  const url = process.env.REDIS_URL;
  const secret = process.env.NEXTAUTH_SECRET;
  if (!url || !secret) return () => undefined;
  // A subscribed connection can do nothing else, so it is one of its own. ioredis subscribes
  // again after a reconnect.
  const authorization = `Bearer ${internalToken(secret)}`;
  const subscriber = new Redis(url);
  subscriber.on("error", () => undefined);
  subscriber
    .subscribe(PUBLIC_PAGES_CHANNEL)
    .catch((error) => log().warn({ err: error }, "public changes: no subscription"));
  subscriber.on("message", (_channel, message) => {
    fetch(`${origin}${PUBLIC_PAGES_ROUTE}`, {
      method: "POST",
      headers: { Authorization: authorization, "Content-Type": "application/json" },
      body: message,
    })
      .then((response) => {
        if (!response.ok) log().warn({ status: response.status }, "public changes: not applied");
      })
      .catch((error) => log().warn({ err: error }, "public changes: not applied"));
  });
  return () => subscriber.disconnect();
}
