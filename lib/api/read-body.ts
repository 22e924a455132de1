import { AppError, msg } from "@/lib/errors";

// A body is read only up to its limit: a declared Content-Length over it is refused before
// a byte is read, and a body without one (chunked) is cut off as soon as it passes the
// limit, so an anonymous 450 MB request costs at most `maxBytes` of memory.

/** The request body as text, or a TOO_LARGE AppError naming the limit. */
export async function readBodyText(request: Request, maxBytes: number): Promise<string> {
  const declared = Number(request.headers.get("content-length") ?? "0");
  if (declared > maxBytes) throw tooLarge(maxBytes);
  if (!request.body) return "";
  const reader = request.body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > maxBytes) {
      await reader.cancel().catch(() => undefined);
      throw tooLarge(maxBytes);
    }
    chunks.push(value);
  }
  return Buffer.concat(chunks).toString("utf8");
}

/**
 * The body parsed as JSON, within the limit; a 422 naming the problem when it is not JSON, and
 * what to send (`shape`, words of no language, when the route gives one).
 */
export async function readJsonBody(request: Request, maxBytes: number, shape?: string): Promise<unknown> {
  const text = await readBodyText(request, maxBytes);
  try {
    return JSON.parse(text);
  } catch {
    const hint = shape
      ? msg(`Kirim ${shape} sebagai JSON.`)
      : msg("Kirim body JSON dengan Content-Type: application/json.");
    throw new AppError("INVALID", "Body bukan JSON yang valid.", { _: [hint] });
  }
}

function tooLarge(maxBytes: number): AppError {
  const size = maxBytes >= 1024 * 1024 ? `${maxBytes / 1024 / 1024} MB` : `${Math.round(maxBytes / 1024)} KB`;
  return new AppError("TOO_LARGE", `Body lebih dari ${size}: kirim lebih sedikit data per permintaan.`);
}
