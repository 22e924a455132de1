// What a password must be to guard an official's account: long enough to resist guessing
// (NIST SP 800-63B: length, a block list of common and context words, no composition rules),
// and not one an attacker tries first.

export const PASSWORD_MIN_LENGTH = 12;
const PASSWORD_MAX_LENGTH = 200;

/**
 * Passwords attackers try first (the head of the public breach lists), plus words anyone
 * guessing at a Bekasi government system would try. Compared case-insensitively after
 * removing digits and symbols at the ends, so "Password2021!" counts as "password".
 */
const COMMON = new Set(
  `password passw0rd qwerty qwertyuiop asdfghjkl zxcvbnm iloveyou admin administrator welcome letmein monkey dragon
  football baseball master sunshine princess starwars trustno superman batman shadow michael jennifer whatever
  abc abcdef abcdefgh abcdefghij abcdefghijkl changeme default secret login test testing user guest root toor
  indonesia jakarta bekasi kotabekasi pemkot pemkotbekasi satgas satgascovid covid covid19 vaksin vaksinasi
  pedulilindungi sigap sigapbekasi humas dinas disdukcapil samsat puskesmas rahasia sayang bismillah merdeka
  garuda pancasila katasandi sandi masuk selamat selamatdatang`
    .split(/\s+/)
    .filter(Boolean),
);

/** Why `password` is too weak, or null. `context` are words of the account (its email, name). */
export function passwordWeakness(password: string, context: readonly string[] = []): string | null {
  if (password.length < PASSWORD_MIN_LENGTH) return `Kata sandi minimal ${PASSWORD_MIN_LENGTH} karakter`;
  if (password.length > PASSWORD_MAX_LENGTH) return `Kata sandi paling panjang ${PASSWORD_MAX_LENGTH} karakter`;
  const lower = password.toLowerCase();
  if (new Set(lower).size <= 3) return "Kata sandi terlalu berulang: pakai lebih banyak karakter berbeda";
  if (isSequence(lower)) return "Kata sandi berupa urutan (1234…, abcd…): mudah ditebak";
  const core = lower.replace(/^[^a-z]+|[^a-z]+$/g, "");
  if (COMMON.has(core) || COMMON.has(lower.replace(/[^a-z]/g, "")))
    return "Kata sandi ini termasuk yang paling sering ditebak: pilih yang lain";
  for (const word of context.flatMap((c) => c.toLowerCase().split(/[^a-z0-9]+/)).filter((w) => w.length >= 4))
    if (lower.includes(word)) return "Kata sandi tidak boleh memuat nama atau alamat email akun";
  return null;
}

const DIGIT_CYCLE = "0123456789".repeat(21);

/** Each character one step after the one before ("abcdefghijkl", "98765…"), or digits counted round ("…8901234…"). */
function isSequence(text: string): boolean {
  if (DIGIT_CYCLE.includes(text) || [...DIGIT_CYCLE].reverse().join("").includes(text)) return true;
  const steps = new Set<number>();
  for (let i = 1; i < text.length; i++) steps.add(text.charCodeAt(i) - text.charCodeAt(i - 1));
  return steps.size === 1 && Math.abs([...steps][0]) === 1;
}
