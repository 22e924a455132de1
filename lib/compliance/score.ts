// An office's compliance score (0–100), shown with its definition on the compliance page:
//   score = 60% × the mean of its last three inspection scores
//         + 40% × its on-time reporting rate over the period (× 100).
// Without an inspection the score is the reporting part alone, scaled to 100, and marked
// as provisional; without expected reports it is the inspection part alone.

export const SCORE_WEIGHTS = { inspection: 0.6, punctuality: 0.4 } as const;

export type ScoreInput = { inspectionScores: number[]; onTimeRate: number | null };
export type Score = { value: number | null; provisional: boolean };

/** The score of one office from its inspection scores (newest first) and on-time rate (0–1). */
export function complianceScore({ inspectionScores, onTimeRate }: ScoreInput): Score {
  const recent = inspectionScores.slice(0, 3);
  const inspection = recent.length ? recent.reduce((a, b) => a + b, 0) / recent.length : null;
  const punctuality = onTimeRate === null ? null : onTimeRate * 100;
  if (inspection === null && punctuality === null) return { value: null, provisional: true };
  if (inspection === null) return { value: Math.round(punctuality!), provisional: true };
  if (punctuality === null) return { value: Math.round(inspection), provisional: false };
  return {
    value: Math.round(SCORE_WEIGHTS.inspection * inspection + SCORE_WEIGHTS.punctuality * punctuality),
    provisional: false,
  };
}
