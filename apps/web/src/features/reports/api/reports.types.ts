// Shapes of /api/reports (StatisticalForm, ReportCellRecords in the OpenAPI document).

export type FormCode = '0601' | '0602' | '0603';

export type ReportLine = {
  code: string;
  label: string;
  unit?: string;
  depth: number;
  isHeading: boolean;
  groups: string[];
};

export type StatisticalForm = {
  form: string;
  formCode: FormCode;
  version: string;
  title: string;
  citation: string;
  dueNote: string;
  year: number;
  unitId: string;
  unitName: string;
  tenantName: string;
  rows: ReportLine[];
  columns: ReportLine[];
  cells: Record<string, Record<string, number>>;
};

export type ReportRecord = {
  id: string;
  kind: 'AWARD' | 'MOVEMENT';
  name: string;
  subjectType: string | null;
  subjectId: string | null;
  unitId: string;
  unitName: string;
  code: string;
  awardKind: string | null;
  year: number;
  decisionNumber: string | null;
  decisionDate: string | null;
};

export type CellRecords = {
  rowLabel: string;
  columnLabel: string;
  items: ReportRecord[];
  total: number;
  page: number;
  pageSize: number;
};

export type FormSearch = { form: FormCode; year: number; unitId?: string | undefined };
