export const SUBJECT_MAX: number;
export function subjectProblem(subject: string): string | null;
