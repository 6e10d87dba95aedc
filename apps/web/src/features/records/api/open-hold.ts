import { api } from '../../../lib/api';
import type { HoldInput } from './records.types';

export function openHold(input: HoldInput) {
  return api<{ id: string }>('/holds', { method: 'POST', body: input });
}
