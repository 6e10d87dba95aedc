import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { client, type Schema, unwrap } from '../../../lib/api/client';

export type NoticeSettings = Schema<'NoticeSettings'>;
export type UpdateNoticeSettingsInput = Schema<'UpdateNoticeSettingsInput'>;

export const noticeSettingsKey = ['auth', 'me', 'notices'] as const;

export function getNoticeSettings() {
  return unwrap(client.GET('/auth/me/notices'));
}

export function updateNoticeSettings(body: UpdateNoticeSettingsInput) {
  return unwrap(client.PUT('/auth/me/notices', { body }));
}

/** The signed-in user's own address and the notice events they receive. */
export function useNoticeSettings() {
  return useQuery({ queryKey: noticeSettingsKey, queryFn: getNoticeSettings });
}

export function useUpdateNoticeSettings() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: updateNoticeSettings,
    onSuccess: (data) => queryClient.setQueryData(noticeSettingsKey, data),
  });
}
