// Which vaccination post a referred visitor is sent to. SIGAP keeps no coordinates, so
// "nearest" is by administrative area: a post in the office's own kelurahan, else one
// in its kecamatan (the kelurahan code's first 8 characters), else any post.

export type PostPlace = { code: string; kelurahanCode: string };

const kecamatanOf = (kelurahanCode: string) => kelurahanCode.slice(0, 8);

/** The post nearest to an office's kelurahan, or null when the city has none. */
export function nearestPost<T extends PostPlace>(kelurahanCode: string, posts: readonly T[]): T | null {
  const sorted = [...posts].sort((a, b) => a.code.localeCompare(b.code));
  return (
    sorted.find((p) => p.kelurahanCode === kelurahanCode) ??
    sorted.find((p) => kecamatanOf(p.kelurahanCode) === kecamatanOf(kelurahanCode)) ??
    sorted[0] ??
    null
  );
}
