export const IMPORT_KINDS = ['people', 'ratings', 'initiatives', 'awards'] as const;
export type ImportKind = (typeof IMPORT_KINDS)[number];

export type ImportProblem = {
  row: number;
  column: string | null;
  problem: string;
  suggestion: string | null;
};

export type ImportMatch = {
  key: string;
  rows: number[];
  fullName: string;
  birthYear: string | null;
  unitName: string;
  allowCreate: boolean;
  candidates: {
    personId: string;
    fullName: string;
    birthYear: string | null;
    unitName: string;
    reason: string;
  }[];
};

export type ImportJob = {
  id: string;
  kind: ImportKind;
  fileName: string;
  status: 'DRY_RUN' | 'COMMITTED' | 'FAILED';
  totalRows: number;
  errorRows: number;
  report: {
    problems: ImportProblem[];
    problemCount: number;
    matches: ImportMatch[];
    counts: {
      rows: number;
      errorRows: number;
      pending: number;
      unchanged: number;
      create: Record<string, number>;
    };
  };
};
