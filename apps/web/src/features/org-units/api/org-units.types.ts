export type OrgUnit = {
  id: string;
  parentId: string | null;
  path: string;
  code: string;
  name: string;
  type: string;
  status: 'ACTIVE' | 'DISSOLVED';
  validFrom: string;
  validTo: string | null;
  version: number;
};

export type LineageEntry = {
  kind: 'MERGE' | 'SPLIT' | 'RENAME';
  predecessorId: string;
  predecessorName: string;
  successorId: string;
  successorName: string;
  effectiveDate: string;
  oldName: string | null;
  newName: string | null;
  decisionRef: string | null;
};

export type OrgUnitDetail = {
  unit: OrgUnit;
  predecessors: LineageEntry[];
  successors: LineageEntry[];
  renames: LineageEntry[];
  peopleCount: number;
};

export type OrgUnitHistoryItem = {
  unitId: string;
  unitName: string;
  isPredecessor: boolean;
  year: number;
  kind: 'AWARD' | 'RATING';
  code: string;
  decisionNumber: string | null;
};
