/** Colours of the rollout stages, in stage order (REGISTERED … SUSPENDED). A plain module: server pages read it. */
export const STAGE_COLORS = ["#94a3b8", "#60a5fa", "#fbbf24", "#16a34a", "#0f5f39", "#dc2626"];
