import { Accordion, Badge, Group, List, Text, ThemeIcon } from '@mantine/core';
import { IconCheck, IconPlayerPause, IconX } from '@tabler/icons-react';
import { t, ui } from '../../../i18n/ui';
import { formatMoney } from '../../../lib/format';
import type { EligibilityReason, EligibilityVerdict } from '../api/eligibility.types';

const e = ui.eligibility;

type Status = 'ELIGIBLE' | 'HELD' | 'INELIGIBLE';

// A hold outranks the criteria: the subject may meet them all and still cannot be proposed.
export function verdictStatus(verdict: EligibilityVerdict): Status {
  if (verdict.held) return 'HELD';
  return verdict.eligible ? 'ELIGIBLE' : 'INELIGIBLE';
}

const STATUS_UI: Record<Status, { label: string; color: string }> = {
  ELIGIBLE: { label: e.statusEligible, color: 'green' },
  HELD: { label: e.statusHeld, color: 'orange' },
  INELIGIBLE: { label: e.statusIneligible, color: 'gray' },
};

function StatusIcon({ status }: { status: Status }) {
  const color = STATUS_UI[status].color;
  const Icon = status === 'ELIGIBLE' ? IconCheck : status === 'HELD' ? IconPlayerPause : IconX;
  return (
    <ThemeIcon color={color} variant="light" radius="xl" size="md">
      <Icon size={16} />
    </ThemeIcon>
  );
}

function Reason({ reason }: { reason: EligibilityReason }) {
  return (
    <List.Item
      data-testid="eligibility-reason"
      data-met={reason.met}
      icon={
        <ThemeIcon
          color={reason.met ? 'green' : 'red'}
          variant="light"
          radius="xl"
          size="sm"
          aria-label={reason.met ? e.met : e.unmet}
        >
          {reason.met ? <IconCheck size={12} /> : <IconX size={12} />}
        </ThemeIcon>
      }
    >
      <Text size="sm" c={reason.met ? undefined : 'red.9'}>
        {reason.text}
      </Text>
      <Text size="xs" c="dimmed" data-testid="eligibility-citation">
        {reason.citation}
      </Text>
    </List.Item>
  );
}

export function VerdictItem({ verdict }: { verdict: EligibilityVerdict }) {
  const status = verdictStatus(verdict);
  const met = verdict.reasons.filter((reason) => reason.met).length;
  return (
    <Accordion.Item value={verdict.award} data-testid={`eligibility-row-${verdict.award}`}>
      <Accordion.Control icon={<StatusIcon status={status} />}>
        <Group justify="space-between" wrap="wrap" gap="xs" pr="sm">
          <Text fw={500} size="sm">
            {verdict.name}
          </Text>
          <Group gap="sm" wrap="nowrap">
            {status === 'ELIGIBLE' && verdict.amountVnd !== null && (
              <Text size="sm" fw={500} data-testid={`eligibility-amount-${verdict.award}`}>
                {formatMoney(verdict.amountVnd)}
              </Text>
            )}
            <Text size="xs" c="dimmed" visibleFrom="sm">
              {t(e.metCount, { met, total: verdict.reasons.length })}
            </Text>
            <Badge
              color={STATUS_UI[status].color}
              variant={status === 'INELIGIBLE' ? 'outline' : 'light'}
              tt="none"
              w={140}
              data-testid={`eligibility-status-${verdict.award}`}
            >
              {STATUS_UI[status].label}
            </Badge>
          </Group>
        </Group>
      </Accordion.Control>
      <Accordion.Panel>
        <List spacing="xs" center={false}>
          {verdict.reasons.map((reason, index) => (
            // Reasons have no id; their order is the criteria's order, fixed per rule set.
            // biome-ignore lint/suspicious/noArrayIndexKey: see above
            <Reason key={index} reason={reason} />
          ))}
        </List>
      </Accordion.Panel>
    </Accordion.Item>
  );
}
