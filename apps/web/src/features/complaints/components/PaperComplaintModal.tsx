import { Button, Group, Modal, Radio, Select, Stack, Textarea, TextInput } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { useNavigate } from '@tanstack/react-router';
import { COMPLAINT_KIND_LABELS, COMPLAINT_KINDS } from '@vinhdanh/domain/complaints/time-limits';
import { type FormEvent, useState } from 'react';
import { ErrorAlert } from '../../../components/ErrorAlert';
import { VnDateInput } from '../../../components/VnDateInput';
import { ui } from '../../../i18n/ui';
import { todayIso } from '../../../lib/dates';
import { useRecordPaperComplaint } from '../api/complaints';
import { usePeopleOptions } from '../api/search-people';

const p = ui.complaints.paper;

/**
 * "Tiếp nhận đơn giấy": a complaint or denunciation received on paper or in person. The subject may
 * be a person of the officer's scope (then acceptance holds their dossiers) or only a name; the
 * received date starts the time limits, so it is the date on the paper, not today.
 */
export function PaperComplaintModal({ opened, onClose }: { opened: boolean; onClose: () => void }) {
  const navigate = useNavigate();
  const save = useRecordPaperComplaint();
  const [filedAs, setFiledAs] = useState<string>('KHIEU_NAI');
  const [search, setSearch] = useState('');
  const [debounced] = useDebouncedValue(search, 250);
  const people = usePeopleOptions(debounced);
  const [subjectId, setSubjectId] = useState<string | null>(null);
  const [subjectName, setSubjectName] = useState('');
  const [content, setContent] = useState('');
  const [fullName, setFullName] = useState('');
  const [contact, setContact] = useState('');
  const [address, setAddress] = useState('');
  const [receivedOn, setReceivedOn] = useState<string | null>(todayIso());
  const options = (people.data?.items ?? []).map((r) => ({
    value: r.id,
    label: `${r.fullName} — ${r.unitName}`,
  }));

  const submit = (e?: FormEvent<HTMLFormElement>) => {
    e?.preventDefault();
    save.mutate(
      {
        filedAs: filedAs as (typeof COMPLAINT_KINDS)[number],
        ...(subjectId ? { subjectId } : {}),
        subjectName,
        content,
        fullName,
        contact,
        ...(address.trim() ? { address } : {}),
        ...(receivedOn ? { receivedOn } : {}),
      },
      {
        onSuccess: (r) => {
          onClose();
          void navigate({ to: '/khieu-nai-to-cao/$complaintId', params: { complaintId: r.id } });
        },
      },
    );
  };

  return (
    <Modal opened={opened} onClose={onClose} title={p.title} size="lg">
      <form onSubmit={submit} noValidate data-testid="paper-complaint">
        <Stack>
          {save.error ? <ErrorAlert error={save.error} /> : null}
          <Radio.Group label={p.filedAs} value={filedAs} onChange={setFiledAs}>
            <Group>
              {COMPLAINT_KINDS.map((k) => (
                <Radio key={k} value={k} label={COMPLAINT_KIND_LABELS[k]} />
              ))}
            </Group>
          </Radio.Group>
          <Select
            label={p.person}
            description={p.personHint}
            placeholder={p.personPlaceholder}
            searchable
            clearable
            data={options}
            searchValue={search}
            onSearchChange={setSearch}
            value={subjectId}
            filter={({ options: o }) => o}
            nothingFoundMessage={debounced.trim().length >= 2 ? p.noPerson : undefined}
            onChange={(id) => {
              setSubjectId(id);
              const picked = people.data?.items.find((r) => r.id === id);
              if (picked) setSubjectName(picked.fullName);
            }}
          />
          <TextInput
            label={p.subjectName}
            required
            value={subjectName}
            onChange={(e) => setSubjectName(e.currentTarget.value)}
          />
          <Textarea
            label={p.content}
            required
            autosize
            minRows={3}
            value={content}
            onChange={(e) => setContent(e.currentTarget.value)}
          />
          <TextInput
            label={p.fullName}
            required
            value={fullName}
            onChange={(e) => setFullName(e.currentTarget.value)}
          />
          <TextInput
            label={p.contact}
            required
            value={contact}
            onChange={(e) => setContact(e.currentTarget.value)}
          />
          <TextInput label={p.address} value={address} onChange={(e) => setAddress(e.currentTarget.value)} />
          <VnDateInput
            label={p.receivedOn}
            required
            maxDate={todayIso()}
            value={receivedOn}
            onChange={setReceivedOn}
          />
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              {ui.app.cancel}
            </Button>
            <Button type="submit" loading={save.isPending} data-testid="paper-complaint-submit">
              {p.submit}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
