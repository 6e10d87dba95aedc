import { Button, Group, Modal, Select, Stack, Textarea, TextInput } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import { ErrorAlert } from '../../../components/ErrorAlert';
import { UnitSelect } from '../../../components/UnitSelect';
import { vi } from '../../../i18n/vi';
import { type CreateModelInput, useCreateModel } from '../api/models';

const t = vi.models;

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
          onChange={(v) => v && set('kind', v as CreateModelInput['kind'])}
        />
        {form.kind !== 'PRACTICE' && (
          <TextInput
            label={t.form.subjectId}
            description={t.form.subjectHint}
            required
            value={form.subjectId ?? ''}
            onChange={(e) => set('subjectId', e.currentTarget.value.trim())}
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
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose}>
            {vi.app.cancel}
          </Button>
          <Button onClick={save} loading={create.isPending}>
            {t.form.save}
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}
