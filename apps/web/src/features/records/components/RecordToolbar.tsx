import { Button, Menu } from '@mantine/core';
import { IconPlus } from '@tabler/icons-react';
import { useState } from 'react';
import { ui } from '../../../i18n/ui';
import type { SubjectKind } from '../api/records.types';
import { AwardFormModal } from './AwardFormModal';
import { DisciplineFormModal } from './DisciplineFormModal';
import { HoldFormModal } from './HoldFormModal';
import { InitiativeFormModal } from './InitiativeFormModal';
import { RatingFormModal } from './RatingFormModal';

type Form = 'rating' | 'award' | 'initiative' | 'discipline' | 'hold';
type Props = { subject: { id: string; name: string; kind: SubjectKind } };

const r = ui.records;

/**
 * "Thêm…" for a person's or unit's record; rendered only where the timeline says the reader may
 * write this subject's records (its allowedActions).
 */
export function RecordToolbar({ subject }: Props) {
  const [open, setOpen] = useState<Form | null>(null);
  const close = () => setOpen(null);
  const items: { form: Form; label: string }[] = [
    { form: 'rating', label: r.addRating },
    { form: 'award', label: r.addAward },
    ...(subject.kind === 'PERSON' ? [{ form: 'initiative' as const, label: r.addInitiative }] : []),
    { form: 'discipline', label: r.addDiscipline },
    { form: 'hold', label: r.openHold },
  ];
  return (
    <>
      <Menu position="bottom-end" withinPortal>
        <Menu.Target>
          <Button size="xs" leftSection={<IconPlus size={14} />} data-testid="record-add">
            {r.add}
          </Button>
        </Menu.Target>
        <Menu.Dropdown>
          {items.map((item) => (
            <Menu.Item
              key={item.form}
              onClick={() => setOpen(item.form)}
              data-testid={`record-add-${item.form}`}
            >
              {item.label}
            </Menu.Item>
          ))}
        </Menu.Dropdown>
      </Menu>
      <RatingFormModal subjectId={subject.id} opened={open === 'rating'} onClose={close} />
      <AwardFormModal subjectId={subject.id} kind={subject.kind} opened={open === 'award'} onClose={close} />
      {subject.kind === 'PERSON' && (
        <InitiativeFormModal author={subject} opened={open === 'initiative'} onClose={close} />
      )}
      <DisciplineFormModal subjectId={subject.id} opened={open === 'discipline'} onClose={close} />
      <HoldFormModal subjectId={subject.id} opened={open === 'hold'} onClose={close} />
    </>
  );
}
