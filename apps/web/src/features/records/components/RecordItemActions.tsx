import { ActionIcon, Menu } from '@mantine/core';
import { IconDots } from '@tabler/icons-react';
import { useState } from 'react';
import { ui } from '../../../i18n/ui';
import type { SubjectKind } from '../api/records.types';
import { AwardFormModal, type AwardValues } from './AwardFormModal';
import { CloseHoldModal } from './CloseHoldModal';
import { ConfirmDeleteModal } from './ConfirmDeleteModal';
import { DisciplineFormModal, type DisciplineValues } from './DisciplineFormModal';
import { EditInitiativeModal } from './EditInitiativeModal';
import { EvidenceFilesModal } from './EvidenceFilesModal';
import { HoldFormModal, type HoldValues } from './HoldFormModal';
import { RatingFormModal, type RatingValues } from './RatingFormModal';
import { RevokeAwardModal } from './RevokeAwardModal';

type Base = { id: string; label: string; version: number };
/**
 * The same shape as a timeline row's item (structural: features do not import each other),
 * with the values an edit form starts from; an initiative's form loads its authors itself.
 */
export type RecordItem =
  | (Base & { type: 'rating'; values: RatingValues })
  | (Base & { type: 'initiative' })
  | (Base & { type: 'discipline'; values: DisciplineValues })
  | (Base & { type: 'award'; isRevoked: boolean; subjectId: string | null; values: AwardValues })
  | (Base & { type: 'hold'; isOpen: boolean; values: HoldValues });

type Props = { item: RecordItem; subjectKind: SubjectKind };
type Open = 'edit' | 'delete' | 'revoke' | 'close' | 'files' | null;

const r = ui.records;

/**
 * Edit, delete, revoke or close one record; a revoked award stays as history, with nothing to do.
 * Rendered only where the timeline says the reader may change the row (its allowedActions).
 */
export function RecordItemActions({ item, subjectKind }: Props) {
  const [open, setOpen] = useState<Open>(null);
  if (item.type === 'award' && item.isRevoked) return null;
  const close = () => setOpen(null);
  return (
    <>
      <Menu position="bottom-end" withinPortal>
        <Menu.Target>
          <ActionIcon
            variant="subtle"
            size="sm"
            aria-label={r.actions}
            data-testid={`record-actions-${item.type}`}
          >
            <IconDots size={14} />
          </ActionIcon>
        </Menu.Target>
        <Menu.Dropdown>
          <Menu.Item onClick={() => setOpen('edit')} data-testid="record-edit">
            {r.edit}
          </Menu.Item>
          {(item.type === 'initiative' || item.type === 'award') && (
            <Menu.Item onClick={() => setOpen('files')} data-testid="record-files">
              {r.evidence.action}
            </Menu.Item>
          )}
          {item.type === 'award' && (
            <Menu.Item onClick={() => setOpen('revoke')} data-testid="record-revoke">
              {r.revoke}
            </Menu.Item>
          )}
          {item.type === 'hold' && item.isOpen && (
            <Menu.Item onClick={() => setOpen('close')} data-testid="record-close-hold">
              {r.closeHold}
            </Menu.Item>
          )}
          <Menu.Item color="red" onClick={() => setOpen('delete')} data-testid="record-delete">
            {r.delete}
          </Menu.Item>
        </Menu.Dropdown>
      </Menu>
      {open === 'edit' && <EditForm item={item} subjectKind={subjectKind} onClose={close} />}
      {open === 'delete' && <ConfirmDeleteModal record={item} opened onClose={close} />}
      {open === 'revoke' && item.type === 'award' && <RevokeAwardModal award={item} opened onClose={close} />}
      {open === 'files' && (item.type === 'initiative' || item.type === 'award') && (
        <EvidenceFilesModal record={item} opened onClose={close} />
      )}
      {open === 'close' && item.type === 'hold' && (
        <CloseHoldModal holdId={item.id} label={item.label} opened onClose={close} />
      )}
    </>
  );
}

/** The add forms, started from the record's values and carrying the version they were read at. */
function EditForm({ item, subjectKind, onClose }: Props & { onClose: () => void }) {
  const common = { opened: true, onClose };
  switch (item.type) {
    case 'rating':
      return <RatingFormModal edit={item} {...common} />;
    case 'initiative':
      return <EditInitiativeModal id={item.id} {...common} />;
    case 'discipline':
      return <DisciplineFormModal edit={item} {...common} />;
    case 'award':
      return <AwardFormModal edit={item} kind={subjectKind} personId={item.subjectId} {...common} />;
    case 'hold':
      return <HoldFormModal edit={item} {...common} />;
  }
}
