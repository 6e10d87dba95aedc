import { api } from '../../../lib/api';
import type { AwardInput } from './records.types';

export function createAward(input: AwardInput) {
  return api<{ id: string }>('/awards', { method: 'POST', body: input });
}
