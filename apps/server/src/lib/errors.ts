import type { ContentfulStatusCode } from 'hono/utils/http-status';
import { AUTH_ERRORS, AUTH_STATUS } from './error-codes/auth';
import { AWARDS_ERRORS, AWARDS_STATUS } from './error-codes/awards';
import { COMMON_ERRORS, COMMON_STATUS } from './error-codes/common';
import { COMPLAINTS_ERRORS, COMPLAINTS_STATUS } from './error-codes/complaints';
import { DOCUMENTS_ERRORS, DOCUMENTS_STATUS } from './error-codes/documents';
import { EMULATION_ERRORS, EMULATION_STATUS } from './error-codes/emulation';
import { EXCHANGE_ERRORS, EXCHANGE_STATUS } from './error-codes/exchange';
import { FUND_ERRORS, FUND_STATUS } from './error-codes/fund';
import { IMPORTS_ERRORS, IMPORTS_STATUS } from './error-codes/imports';
import { INCOMING_DOSSIER_ERRORS, INCOMING_DOSSIER_STATUS } from './error-codes/incoming-dossiers';
import { INSPECTIONS_ERRORS, INSPECTIONS_STATUS } from './error-codes/inspections';
import { MODELS_ERRORS, MODELS_STATUS } from './error-codes/models';
import { ONLINE_FILING_ERRORS, ONLINE_FILING_STATUS } from './error-codes/online-filing';
import { PROPOSALS_ERRORS, PROPOSALS_STATUS } from './error-codes/proposals';
import { RECORDS_ERRORS, RECORDS_STATUS } from './error-codes/records';
import { REPORTS_ERRORS, REPORTS_STATUS } from './error-codes/reports';
import { UNITS_PEOPLE_ERRORS, UNITS_PEOPLE_STATUS } from './error-codes/units-people';
import { UPPER_LEVEL_ERRORS, UPPER_LEVEL_STATUS } from './error-codes/upper-level';

// Stable error codes with their Vietnamese message. The web shows the message;
// clients branch on the code. The codes are grouped by area in lib/error-codes/ (a new module's
// codes go in its own part); clients see one flat list.
export const ERROR_MESSAGES = {
  ...COMMON_ERRORS,
  ...AUTH_ERRORS,
  ...UNITS_PEOPLE_ERRORS,
  ...AWARDS_ERRORS,
  ...RECORDS_ERRORS,
  ...IMPORTS_ERRORS,
  ...PROPOSALS_ERRORS,
  ...EMULATION_ERRORS,
  ...DOCUMENTS_ERRORS,
  ...COMPLAINTS_ERRORS,
  ...FUND_ERRORS,
  ...MODELS_ERRORS,
  ...ONLINE_FILING_ERRORS,
  ...INSPECTIONS_ERRORS,
  ...REPORTS_ERRORS,
  ...EXCHANGE_ERRORS,
  ...UPPER_LEVEL_ERRORS,
  ...INCOMING_DOSSIER_ERRORS,
} as const;

export type ErrorCode = keyof typeof ERROR_MESSAGES;

const STATUS: Record<ErrorCode, ContentfulStatusCode> = {
  ...COMMON_STATUS,
  ...AUTH_STATUS,
  ...UNITS_PEOPLE_STATUS,
  ...AWARDS_STATUS,
  ...RECORDS_STATUS,
  ...IMPORTS_STATUS,
  ...PROPOSALS_STATUS,
  ...EMULATION_STATUS,
  ...DOCUMENTS_STATUS,
  ...COMPLAINTS_STATUS,
  ...FUND_STATUS,
  ...MODELS_STATUS,
  ...ONLINE_FILING_STATUS,
  ...INSPECTIONS_STATUS,
  ...REPORTS_STATUS,
  ...EXCHANGE_STATUS,
  ...UPPER_LEVEL_STATUS,
  ...INCOMING_DOSSIER_STATUS,
};

export type ErrorDetail = { path: string; message: string };

export class AppError extends Error {
  readonly status: ContentfulStatusCode;
  constructor(
    readonly code: ErrorCode,
    readonly details?: ErrorDetail[],
    message?: string,
    /** The library error behind it, kept for debugging; never sent to the client. */
    options?: ErrorOptions,
  ) {
    super(message ?? ERROR_MESSAGES[code], options);
    this.status = STATUS[code];
  }
}

export function errorBody(error: AppError, requestId?: string) {
  return { error: { code: error.code, message: error.message, details: error.details ?? [], requestId } };
}
