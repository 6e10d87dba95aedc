import { useQuery } from '@tanstack/react-query';
import { client, type Schema, unwrap } from '../../../lib/api/client';

export type MyWork = Schema<'MyWork'>;
export type WorkItem = Schema<'WorkItem'>;

export const myWorkKey = ['my-work'] as const;

export function getMyWork() {
  return unwrap(client.GET('/my-work'));
}

/** The queue; the shell invalidates it on every navigation, so the counts follow the work done. */
export function useMyWork(enabled = true) {
  return useQuery({ queryKey: myWorkKey, queryFn: getMyWork, enabled });
}
