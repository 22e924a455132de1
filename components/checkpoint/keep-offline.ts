// The desk must open without a connection from its first visit: the service worker is
// registered, then handed this page's address and the built assets the page has loaded so
// far (it was not there to see them load), and says when they are stored.

const PRECACHE_TIMEOUT_MS = 30_000;

/** Registers the desk's service worker and has it keep this page; true once the page would open offline. */
export async function keepForOffline(): Promise<boolean> {
  try {
    await navigator.serviceWorker.register("/pos-sw.js", { scope: "/pos/" });
    const worker = (await navigator.serviceWorker.ready).active;
    if (!worker) return false;
    const assets = performance
      .getEntriesByType("resource")
      .map((entry) => entry.name)
      .filter((name) => new URL(name, location.href).pathname.startsWith("/_next/static/"));
    const channel = new MessageChannel();
    const stored = new Promise<boolean>((resolve) => {
      channel.port1.onmessage = (event: MessageEvent<{ ok?: boolean }>) => resolve(Boolean(event.data?.ok));
      setTimeout(() => resolve(false), PRECACHE_TIMEOUT_MS);
    });
    worker.postMessage({ type: "precache", urls: [location.href, ...assets] }, [channel.port2]);
    return await stored;
  } catch {
    return false; // no service worker (private mode, plain http): the page still works online
  }
}
