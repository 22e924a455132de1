import { vi } from "vitest";

// Route handlers and services run here outside Next's server, where next/cache has no
// cache to invalidate (it throws "static generation store missing"). The integration
// project records the calls instead, so tests can assert what a handler invalidates.
vi.mock("next/cache", () => ({ revalidatePath: vi.fn(), revalidateTag: vi.fn() }));
