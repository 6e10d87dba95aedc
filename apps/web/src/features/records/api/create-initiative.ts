import { api } from '../../../lib/api';
import type { InitiativeInput } from './records.types';

export function createInitiative(input: InitiativeInput) {
  return api<{ id: string }>('/initiatives', { method: 'POST', body: input });
}
