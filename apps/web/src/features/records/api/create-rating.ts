import { api } from '../../../lib/api';
import type { RatingInput } from './records.types';

export function createRating(input: RatingInput) {
  return api<{ id: string }>('/ratings', { method: 'POST', body: input });
}
