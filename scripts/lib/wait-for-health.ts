/** Waits until `url`/api/health answers 200, asking every 250 ms; throws after `seconds`. */
export async function waitForHealth(url: string, seconds: number): Promise<void> {
  for (const until = Date.now() + seconds * 1000; Date.now() < until;) {
    const ok = await fetch(`${url}/api/health`).then(
      (r) => r.ok,
      () => false,
    );
    if (ok) return;
    await new Promise((r) => setTimeout(r, 250));
  }
  throw new Error(`${url} did not become healthy within ${seconds} s`);
}
