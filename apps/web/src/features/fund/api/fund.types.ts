// Shapes of /api/fund, generated from the OpenAPI document (never hand-written).
import type { Schema } from '../../../lib/api/client';

export type FundOverview = Schema<'FundOverview'>;
export type FundEntry = Schema<'FundEntry'>;
export type FundAwaiting = Schema<'FundAwaiting'>;
export type AwaitingDecision = FundAwaiting['decisions'][number];
export type AwaitingRecovery = FundAwaiting['recoveries'][number];
export type FundReceiptInput = Schema<'FundReceiptInput'>;
export type FundSource = FundReceiptInput['source'];
export type FundConfirmPaymentInput = Schema<'FundConfirmPaymentInput'>;
export type FundReversalInput = Schema<'FundReversalInput'>;
