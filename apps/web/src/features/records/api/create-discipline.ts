import { api } from '../../../lib/api';
import type { DisciplineInput } from './records.types';

export function createDiscipline(input: DisciplineInput) {
  return api<{ id: string }>('/disciplines', { method: 'POST', body: input });
}
