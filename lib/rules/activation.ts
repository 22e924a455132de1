import { AppError } from "@/lib/errors";
import { runCases, type StoredCase } from "./run-cases";
import type { EngineRule } from "./types";

// PRODUCT.md's guardrails for activating a draft rule version, as one pure decision: its
// circular is in force, it does not start in the past, and it has test cases that all pass.
// (That it overlaps no other version is lib/rules/conflicts.ts, which needs the others.)

export type ActivationCandidate = {
  circular: { number: string; status: string };
  version: EngineRule;
  testCases: readonly StoredCase[];
};

/** Why the draft may not be activated at `now`, or null when it may. */
export function activationRefusal({ circular, version, testCases }: ActivationCandidate, now: Date): AppError | null {
  if (circular.status !== "ACTIVE")
    return new AppError(
      "CONFLICT",
      `Surat edaran ${circular.number} belum/tidak aktif: aturannya tidak dapat diaktifkan.`,
    );
  if (version.validFrom.getTime() < now.getTime())
    return new AppError(
      "INVALID",
      'Versi tidak dapat diaktifkan untuk waktu yang sudah lewat: ubah "berlaku mulai" ke waktu yang akan datang.',
      { validFrom: ["Tidak boleh di masa lalu"] },
    );
  if (testCases.length === 0)
    return new AppError("CONFLICT", "Versi ini belum punya kasus uji: tambahkan minimal satu sebelum mengaktifkan.");
  const failing = runCases(version, testCases).filter((r) => !r.passed);
  if (failing.length > 0)
    return new AppError(
      "CONFLICT",
      `${failing.length} kasus uji gagal (${failing.map((f) => f.name).join(", ")}): perbaiki aturan atau kasusnya sebelum mengaktifkan.`,
    );
  return null;
}
