import type { Dictionary } from "./id";

// A client component is given only the sections of the dictionary it shows: whatever a server
// page passes to it is serialised into the page for the browser, and the whole dictionary is
// ~34 KB of text. The brand makes the slice the only thing a client component's `t` accepts,
// so a page cannot hand over the whole dictionary by accident (test/architecture.test.ts
// refuses a client component typed with the whole of it).

declare const SECTIONS: unique symbol;

/** The sections `K` of the dictionary, made by sliceOf. */
export type DictionarySlice<K extends keyof Dictionary> = Pick<Dictionary, K> & { readonly [SECTIONS]: K };

/** The sections `keys` of `t`, for a client component. */
export function sliceOf<K extends keyof Dictionary>(t: Pick<Dictionary, K>, ...keys: K[]): DictionarySlice<K> {
  return Object.fromEntries(keys.map((key) => [key, t[key]])) as unknown as DictionarySlice<K>;
}
