import { Button, Group, Modal, Select, Stack, Textarea, TextInput } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import { ErrorAlert } from '../../../components/ErrorAlert';
import { UnitSelect } from '../../../components/UnitSelect';
import { ui } from '../../../i18n/ui';
import { type CreateModelInput, useCreateModel } from '../api/models';
import { AwardsPicker, MovementPicker, PersonPicker } from './ModelLinkPickers';

const t = ui.models;

type Props = { opened: boolean; onClose: () => void };

/** A unit proposes a model: it is saved as a draft, photos are added and it is submitted from the list. */
export function ProposeModelModal({ opened, onClose }: Props) {
  const create = useCreateModel();
  const [form, setForm] = useState<CreateModelInput>({
    unitId: '',
    kind: 'PRACTICE',
    title: '',
    story: '',
    awardIds: [],
  });
  const set = <K extends keyof CreateModelInput>(k: K, v: CreateModelInput[K]) =>
    setForm((f) => ({ ...f, [k]: v }));
  const save = () =>
    create.mutate(
      { ...form, subjectId: form.kind === 'PRACTICE' ? undefined : form.subjectId || undefined },
      {
        onSuccess: () => {
          notifications.show({ color: 'green', message: t.created });
          onClose();
        },
      },
    );
  return (
    <Modal opened={opened} onClose={onClose} title={t.propose} size="lg">
      <Stack>
        {create.error && <ErrorAlert error={create.error} />}
        <UnitSelect
          label={t.form.unit}
          required
          value={form.unitId || null}
          onChange={(v) => set('unitId', v ?? '')}
        />
        <Select
          label={t.form.kind}
          required
          allowDeselect={false}
          data={(Object.keys(t.kinds) as CreateModelInput['kind'][]).map((value) => ({
            value,
            label: t.kinds[value],
          }))}
          value={form.kind}
          // The subject of one kind is not the other's: a person is no collective.
          onChange={(v) =>
            v && setForm((f) => ({ ...f, kind: v as CreateModelInput['kind'], subjectId: undefined }))
          }
        />
        {form.kind === 'PERSON' && (
          <PersonPicker
            value={form.subjectId ?? null}
            // Awards chosen for one person are not another's: a new person starts with none.
            onChange={(id) => setForm((f) => ({ ...f, subjectId: id ?? undefined, awardIds: [] }))}
          />
        )}
        {form.kind === 'COLLECTIVE' && (
          <UnitSelect
            label={t.form.collective}
            description={t.form.collectiveHint}
            required
            value={form.subjectId ?? null}
            onChange={(id) => set('subjectId', id ?? undefined)}
            data-testid="model-collective"
          />
        )}
        <TextInput
          label={t.form.title}
          required
          value={form.title}
          onChange={(e) => set('title', e.currentTarget.value)}
        />
        <Textarea
          label={t.form.story}
          required
          minRows={6}
          autosize
          value={form.story}
          onChange={(e) => set('story', e.currentTarget.value)}
        />
        <MovementPicker
          value={form.movementId ?? null}
          onChange={(id) => set('movementId', id ?? undefined)}
        />
        <AwardsPicker
          unitId={form.unitId}
          subjectId={form.kind === 'PERSON' ? form.subjectId : undefined}
          value={form.awardIds ?? []}
          onChange={(ids) => set('awardIds', ids)}
        />
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose}>
            {ui.app.cancel}
          </Button>
          <Button onClick={save} loading={create.isPending}>
            {t.form.save}
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}
