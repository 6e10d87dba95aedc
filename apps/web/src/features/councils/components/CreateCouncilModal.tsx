import { Button, Group, Modal, Stack, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { notifications } from '@mantine/notifications';
import { useRef } from 'react';
import { ErrorAlert } from '../../../components/ErrorAlert';
import { UnitSelect } from '../../../components/UnitSelect';
import { VnDateInput } from '../../../components/VnDateInput';
import { VnNumberInput } from '../../../components/VnNumberInput';
import { ui } from '../../../i18n/ui';
import { isApiError } from '../../../lib/api';
import { applyServerErrors } from '../../../lib/form-errors';
import { useMe } from '../../../lib/session/get-me';
import { useCreateCouncil } from '../api/create-council';
import { useCouncilMinMembers } from '../api/get-candidates';
import {
  type CouncilFormValues,
  defaultQuorum,
  type MemberChoice,
  toCreateInput,
  validateCouncilForm,
} from '../lib/council-form';
import { MemberPicker } from './MemberPicker';
import { ProposalPicker } from './ProposalPicker';

const c = ui.councils;
const FIELDS = ['unitId', 'title', 'meetingOn', 'quorum', 'members', 'proposalIds'];

type Props = { opened: boolean; onClose: () => void; onCreated: (id: string) => void };

/** "Tạo phiên họp": the unit's council, its members (present or not) and the proposals to vote on. */
export function CreateCouncilModal({ opened, onClose, onCreated }: Props) {
  const { data: me } = useMe();
  const create = useCreateCouncil();
  // The quorum follows the member count until the secretary types one.
  const quorumEdited = useRef(false);
  const minMembers = useRef(1);
  const form = useForm<CouncilFormValues>({
    initialValues: {
      // The secretary's council usually sits at the root of their scope (the province's office
      // serves the UBND tỉnh council), so that unit comes first.
      unitId: me?.user.scopeUnitId ?? me?.user.unitId ?? null,
      title: '',
      meetingOn: '',
      quorum: 1,
      members: [],
      proposalIds: [],
    },
    validate: (v) => validateCouncilForm(v, minMembers.current),
  });
  minMembers.current = useCouncilMinMembers(form.values.unitId).data ?? 1;

  const setMembers = (members: MemberChoice[]) => {
    form.setFieldValue('members', members);
    if (!quorumEdited.current) form.setFieldValue('quorum', defaultQuorum(members.length));
  };
  const setUnit = (unitId: string | null) => {
    form.setValues({ unitId, members: [], proposalIds: [] });
    if (!quorumEdited.current) form.setFieldValue('quorum', defaultQuorum(0));
  };
  const close = () => {
    form.reset();
    quorumEdited.current = false;
    create.reset();
    onClose();
  };
  const submit = (values: CouncilFormValues) =>
    create.mutate(toCreateInput(values), {
      onSuccess: (session) => {
        notifications.show({ color: 'green', message: c.created });
        close();
        onCreated(session.id);
      },
      onError: (error) => {
        if (isApiError(error)) applyServerErrors(form, error, FIELDS);
      },
    });

  return (
    <Modal opened={opened} onClose={close} title={c.create} size="xl">
      <form onSubmit={form.onSubmit(submit)} noValidate data-testid="council-form">
        <Stack>
          {create.error && <ErrorAlert error={create.error} testId="council-form-error" />}
          <UnitSelect
            label={c.unit}
            withAsterisk
            data-testid="council-unit"
            {...form.getInputProps('unitId')}
            onChange={setUnit}
          />
          <TextInput
            label={c.sessionTitle}
            withAsterisk
            data-testid="council-title"
            {...form.getInputProps('title')}
          />
          <Group grow align="flex-start">
            <VnDateInput
              label={c.meetingOn}
              withAsterisk
              data-testid="council-meeting-on"
              {...form.getInputProps('meetingOn')}
              onChange={(v) => form.setFieldValue('meetingOn', v ?? '')}
            />
            <VnNumberInput
              label={c.quorum}
              description={c.quorumHint}
              withAsterisk
              min={1}
              data-testid="council-quorum"
              {...form.getInputProps('quorum')}
              onChange={(v) => {
                quorumEdited.current = true;
                form.setFieldValue('quorum', v);
              }}
            />
          </Group>
          <MemberPicker
            unitId={form.values.unitId}
            value={form.values.members}
            onChange={setMembers}
            error={form.errors.members as string | undefined}
          />
          <ProposalPicker
            unitId={form.values.unitId}
            value={form.values.proposalIds}
            onChange={(ids) => form.setFieldValue('proposalIds', ids)}
            error={form.errors.proposalIds as string | undefined}
          />
          <Group justify="flex-end">
            <Button variant="default" onClick={close}>
              {ui.app.cancel}
            </Button>
            <Button type="submit" loading={create.isPending} data-testid="council-submit">
              {c.create}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
