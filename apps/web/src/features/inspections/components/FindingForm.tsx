import { Button, Card, Checkbox, Group, Radio, Select, Stack, Text, Textarea, Title } from '@mantine/core';
import { useState } from 'react';
import { ConfirmDialog } from '../../../components/ConfirmDialog';
import { ErrorAlert } from '../../../components/ErrorAlert';
import { VnDateInput } from '../../../components/VnDateInput';
import { ui } from '../../../i18n/ui';
import { useAwardName } from '../../../lib/award-names';
import { REFUSED_DATE } from '../../../lib/dates';
import { type InspectionPlan, useAddFinding, useUnitAwards, useUnitPeople } from '../api/inspections';

const t = ui.inspections;
const f = t.finding;
type Action = 'NONE' | 'HOLD' | 'REVOCATION';

/**
 * Records a finding at one of the plan's units. A hold or a revocation is asked for a second time
 * (ConfirmDialog): a hold stops the subject's pending dossiers at once.
 */
export function FindingForm({ plan }: { plan: InspectionPlan }) {
  const [unitId, setUnitId] = useState<string | null>(plan.units[0]?.unitId ?? null);
  const [content, setContent] = useState('');
  const [recommendation, setRecommendation] = useState('');
  const [dueOn, setDueOn] = useState<string | null>(null);
  const [action, setAction] = useState<Action>('NONE');
  const [subjectId, setSubjectId] = useState<string | null>(null);
  const [awardId, setAwardId] = useState<string | null>(null);
  const [ground, setGround] = useState<string | null>(null);
  const [missing, setMissing] = useState(false);
  const [confirming, setConfirming] = useState(false);
  const [revokeNow, setRevokeNow] = useState(false);
  const add = useAddFinding(plan.id);
  const awardName = useAwardName();
  const people = useUnitPeople(action === 'HOLD' ? unitId : null);
  const awards = useUnitAwards(action === 'REVOCATION' ? unitId : null);

  const ready =
    unitId !== null &&
    content.trim().length >= 10 &&
    recommendation.trim().length >= 5 &&
    dueOn !== null &&
    dueOn !== REFUSED_DATE &&
    (action !== 'REVOCATION' || (awardId !== null && ground !== null));

  const send = async () => {
    setConfirming(false);
    await add.mutateAsync({
      unitId: unitId as string,
      content: content.trim(),
      recommendation: recommendation.trim(),
      followUpDueOn: dueOn as string,
      action,
      subjectId: action === 'HOLD' && subjectId ? subjectId : undefined,
      awardId: action === 'REVOCATION' ? (awardId ?? undefined) : undefined,
      ground:
        action === 'REVOCATION' ? ((ground ?? undefined) as 'A' | 'B' | 'C' | 'D' | undefined) : undefined,
      revokeNow: action === 'REVOCATION' && revokeNow ? true : undefined,
    });
    setRevokeNow(false);
    setContent('');
    setRecommendation('');
    setDueOn(null);
    setAction('NONE');
    setSubjectId(null);
    setAwardId(null);
    setGround(null);
  };

  const submit = () => {
    if (!ready) {
      setMissing(true);
      return;
    }
    setMissing(false);
    if (action === 'NONE') void send();
    else setConfirming(true);
  };

  return (
    <Card withBorder data-testid="finding-form">
      <Stack>
        <Title order={4}>{f.title}</Title>
        <Select
          label={f.unit}
          data={plan.units.map((u) => ({ value: u.unitId, label: u.unitName }))}
          value={unitId}
          onChange={(v) => {
            setUnitId(v);
            setSubjectId(null);
            setAwardId(null);
          }}
          allowDeselect={false}
          data-testid="finding-unit"
        />
        <Textarea
          label={f.content}
          value={content}
          onChange={(e) => setContent(e.currentTarget.value)}
          autosize
          minRows={2}
          data-testid="finding-content"
        />
        <Textarea
          label={f.recommendation}
          value={recommendation}
          onChange={(e) => setRecommendation(e.currentTarget.value)}
          autosize
          data-testid="finding-recommendation"
        />
        <VnDateInput label={f.due} value={dueOn} onChange={setDueOn} data-testid="finding-due" w={220} />
        <Radio.Group label={f.measure} value={action} onChange={(v) => setAction(v as Action)}>
          <Group>
            {(['NONE', 'HOLD', 'REVOCATION'] as const).map((a) => (
              <Radio key={a} value={a} label={t.action[a]} data-testid={`finding-action-${a}`} />
            ))}
          </Group>
        </Radio.Group>
        {action === 'HOLD' && (
          <Select
            label={f.subject}
            placeholder={f.wholeUnit}
            searchable
            clearable
            data={(people.data?.items ?? []).map((p) => ({ value: p.id, label: p.fullName }))}
            value={subjectId}
            onChange={setSubjectId}
            data-testid="finding-subject"
          />
        )}
        {action === 'REVOCATION' && (
          <>
            <Select
              label={f.award}
              searchable
              data={(awards.data?.items ?? [])
                .filter((a) => !a.isRevoked)
                .map((a) => ({
                  value: a.id,
                  label: `${a.subjectName} — ${awardName(a.awardCode)} năm ${a.year}`,
                }))}
              value={awardId}
              onChange={setAwardId}
              data-testid="finding-award"
            />
            <Select
              label={f.ground}
              data={Object.entries(f.grounds).map(([value, label]) => ({ value, label }))}
              value={ground}
              onChange={setGround}
              data-testid="finding-ground"
            />
            {/* Only a user who may revoke (the deciding leader) revokes at once; others propose it. */}
            {plan.allowedActions.revokeNow && (
              <Checkbox
                label={f.revokeNow}
                checked={revokeNow}
                onChange={(e) => setRevokeNow(e.currentTarget.checked)}
                data-testid="finding-revoke-now"
              />
            )}
          </>
        )}
        {missing && (
          <Text c="red" size="sm">
            {f.missing}
          </Text>
        )}
        {add.error && <ErrorAlert error={add.error} />}
        <Group justify="flex-end">
          <Button onClick={submit} loading={add.isPending} data-testid="finding-submit">
            {f.submit}
          </Button>
        </Group>
      </Stack>
      <ConfirmDialog
        opened={confirming}
        title={f.confirmTitle}
        text={action === 'HOLD' ? f.confirmHold : revokeNow ? f.confirmRevokeNow : f.confirmRevocation}
        confirmLabel={f.confirm}
        loading={add.isPending}
        testId="finding-confirm"
        onConfirm={() => void send()}
        onCancel={() => setConfirming(false)}
      />
    </Card>
  );
}
