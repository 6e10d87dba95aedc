// A nomination handed from one page to the dossier form (e.g. "Gợi ý đề nghị" → "Lập hồ sơ").
// Kept in sessionStorage, not the URL: a suggestion list can hold hundreds of people.

export type NomineeType = 'PERSON' | 'COLLECTIVE' | 'HOUSEHOLD';

export type NomineeRow = {
  subjectType: NomineeType;
  subjectId: string;
  /** Name and the facts that tell namesakes apart, for display only. */
  label: string;
  awardCode: string;
  achievement?: string;
};

export type NominationDraft = { unitId: string; year: number; rows: NomineeRow[] };

const KEY = 'vinhdanh.nomination-draft';

export function saveNominationDraft(draft: NominationDraft): void {
  sessionStorage.setItem(KEY, JSON.stringify(draft));
}

/** Reads the draft once: it is removed so a later visit to the form starts empty. */
export function takeNominationDraft(): NominationDraft | null {
  const raw = sessionStorage.getItem(KEY);
  sessionStorage.removeItem(KEY);
  if (!raw) return null;
  try {
    return JSON.parse(raw) as NominationDraft;
  } catch {
    return null;
  }
}
