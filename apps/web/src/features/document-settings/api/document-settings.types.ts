import type { Schema } from '../../../lib/api/client';

export type DocumentSettings = Schema<'DocumentSettings'>;
export type DocumentSettingsInput = Schema<'DocumentSettingsInput'>;
