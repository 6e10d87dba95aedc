import { Button, Checkbox, Group, Modal, Select, Stack, Text } from '@mantine/core';
import { t, ui } from '../../../i18n/ui';
import { useAwardName } from '../../../lib/award-names';
import type { ComplaintDetail } from '../api/complaints';

const c = ui.complaints.conclude.revoke;
const GROUNDS = ['A', 'B', 'C', 'D'] as const;

type SubjectAward = ComplaintDetail['subjectAwards'][number];
export type RevocationChoice = {
  awardId: string;
  ground: (typeof GROUNDS)[number];
  revokeNow: boolean;
  recoverCertificate: boolean;
  recoverMoney: boolean;
};

function useAwardLabel() {
  const name = useAwardName();
  return (a: SubjectAward) =>
    `${name(a.awardCode)} ${a.year}${a.decisionNumber ? ` (QĐ ${a.decisionNumber})` : ''}`;
}

/**
 * A conclusion that finds an award must be revoked (Law 2022, Điều 93, khoản 2): the award and the
 * ground are recorded on the case; a concluder who may revoke also starts the revocation now.
 */
export function ConcludeRevocation({
  awards,
  mayRevoke,
  value,
  onChange,
}: {
  awards: SubjectAward[];
  /** The case's allowedActions.revokeAward: the concluder may revoke over the case's unit. */
  mayRevoke: boolean;
  value: RevocationChoice | null;
  onChange: (v: RevocationChoice | null) => void;
}) {
  const label = useAwardLabel();
  const options = awards.filter((a) => !a.isRevoked).map((a) => ({ value: a.id, label: label(a) }));
  if (!options.length) return null;
  const set = (patch: Partial<RevocationChoice>) =>
    onChange({
      awardId: '',
      ground: 'A',
      revokeNow: false,
      recoverCertificate: true,
      recoverMoney: true,
      ...value,
      ...patch,
    });
  return (
    <Stack gap="xs" data-testid="complaint-revocation">
      <Select
        label={c.award}
        placeholder={c.awardNone}
        clearable
        data={options}
        value={value?.awardId ?? null}
        onChange={(id) => (id ? set({ awardId: id }) : onChange(null))}
      />
      {value?.awardId && (
        <>
          <Select
            label={c.ground}
            allowDeselect={false}
            data={GROUNDS.map((g) => ({ value: g, label: ui.records.grounds[g] ?? g }))}
            value={value.ground}
            onChange={(g) => g && set({ ground: g as RevocationChoice['ground'] })}
          />
          {mayRevoke ? (
            <>
              <Checkbox
                label={c.now}
                checked={value.revokeNow}
                onChange={(e) => set({ revokeNow: e.currentTarget.checked })}
              />
              {value.revokeNow && (
                <Group>
                  <Checkbox
                    label={c.recoverCertificate}
                    checked={value.recoverCertificate}
                    onChange={(e) => set({ recoverCertificate: e.currentTarget.checked })}
                  />
                  <Checkbox
                    label={c.recoverMoney}
                    checked={value.recoverMoney}
                    onChange={(e) => set({ recoverMoney: e.currentTarget.checked })}
                  />
                </Group>
              )}
            </>
          ) : (
            <Text size="xs" c="dimmed">
              {c.forLeader}
            </Text>
          )}
        </>
      )}
    </Stack>
  );
}

/** The explicit confirmation before the conclusion revokes an award (it cannot be undone). */
export function RevokeConfirm({
  label,
  onCancel,
  onConfirm,
  pending,
}: {
  label: SubjectAward | undefined;
  onCancel: () => void;
  onConfirm: () => void;
  pending: boolean;
}) {
  const name = useAwardLabel();
  return (
    <Modal opened onClose={onCancel} title={c.confirmTitle}>
      <Stack data-testid="complaint-revoke-confirm">
        <Text size="sm">{t(c.confirm, { award: label ? name(label) : '' })}</Text>
        <Group justify="flex-end">
          <Button variant="default" onClick={onCancel}>
            {ui.app.cancel}
          </Button>
          <Button
            color="red"
            loading={pending}
            onClick={onConfirm}
            data-testid="complaint-revoke-confirm-submit"
          >
            {c.confirmSubmit}
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}
