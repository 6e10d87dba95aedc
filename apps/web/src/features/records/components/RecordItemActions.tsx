import { ActionIcon, Menu } from '@mantine/core';
import { IconDots } from '@tabler/icons-react';
import { useState } from 'react';
import { vi } from '../../../i18n/vi';
import { useCan } from '../../../lib/session/use-can';
import { CloseHoldModal } from './CloseHoldModal';
import { ConfirmDeleteModal } from './ConfirmDeleteModal';
import { RevokeAwardModal } from './RevokeAwardModal';

/** The same shape as a timeline row's item (structural: features do not import each other). */
export type RecordItem =
  | { type: 'rating' | 'initiative' | 'discipline'; id: string; label: string }
  | { type: 'award'; id: string; label: string; version: number; isRevoked: boolean }
  | { type: 'hold'; id: string; label: string; isOpen: boolean };

const r = vi.records;

/** Delete, revoke or close one record; a revoked award stays as history, with nothing to do. */
export function RecordItemActions({ item }: { item: RecordItem }) {
  const can = useCan();
  const [open, setOpen] = useState<'delete' | 'revoke' | 'close' | null>(null);
  if (!can('record:write') || (item.type === 'award' && item.isRevoked)) return null;
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
      {open === 'delete' && <ConfirmDeleteModal record={item} opened onClose={close} />}
      {open === 'revoke' && item.type === 'award' && <RevokeAwardModal award={item} opened onClose={close} />}
      {open === 'close' && item.type === 'hold' && (
        <CloseHoldModal holdId={item.id} label={item.label} opened onClose={close} />
      )}
    </>
  );
}
