import type { Area } from "./areas";

// One vaccination post (sentra vaksinasi) per kecamatan, in its first kelurahan, where
// offices refer visitors who could not show proof. Demo data: names follow the
// kecamatan, addresses are not real ones.

export type PostSeed = { code: string; name: string; address: string; kelurahanCode: string };

export function vaccinationPosts(kecamatan: readonly Area[], kelurahan: readonly Area[]): PostSeed[] {
  return kecamatan.map((kec) => {
    const place = kelurahan.find((k) => k.parentCode === kec.code)!;
    return {
      code: `VAKS-${kec.code.slice(-2)}`,
      name: `Sentra Vaksinasi Kecamatan ${kec.name}`,
      address: `Aula Kantor Kecamatan ${kec.name}, Kel. ${place.name}`,
      kelurahanCode: place.code,
    };
  });
}
