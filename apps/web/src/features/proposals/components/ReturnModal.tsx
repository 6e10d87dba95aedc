import { Button, Modal, Select, Stack, Textarea } from '@mantine/core';
import { useState } from 'react';
import { ui } from '../../../i18n/ui';
import type { Proposal, ReturnReason } from '../api/proposal.types';
import { awardLabel } from './NomineesEditor';

const p = ui.proposals;
const CODES = Object.keys(p.reasonCodes) as ReturnReason['code'][];

/** A structured return reason: code, the component concerned, and what to fix. */
export function ReturnModal({
  proposal,
  onClose,
  onReturn,
}: {
  proposal: Proposal;
  onClose: () => void;
  onReturn: (reasons: ReturnReason[]) => void;
}) {
  const [code, setCode] = useState<ReturnReason['code']>('INCORRECT_COMPONENT');
  const [component, setComponent] = useState<string | null>(null);
  const [itemId, setItemId] = useState<string | null>(null);
  const [text, setText] = useState('');
  const needsComponent = code === 'MISSING_COMPONENT' || code === 'INCORRECT_COMPONENT';
  // The nominee concerned: the resubmission's diff then shows whether it was removed or changed.
  const needsItem = code === 'INELIGIBLE_ITEM';
  return (
    <Modal opened onClose={onClose} title={p.returnTitle}>
      <Stack>
        <Select
          label={p.returnCode}
          data={CODES.map((c) => ({ value: c, label: p.reasonCodes[c] }))}
          value={code}
          onChange={(v) => v && setCode(v as ReturnReason['code'])}
          data-testid="return-code"
        />
        {needsComponent && (
          <Select
            label={p.returnComponent}
            data={proposal.components.map((c) => c.name)}
            value={component}
            onChange={setComponent}
            data-testid="return-component"
          />
        )}
        {needsItem && (
          <Select
            label={p.returnItem}
            data={proposal.items.map((i) => ({
              value: i.id,
              label: `${i.subjectName} — ${awardLabel(i.awardCode)}`,
            }))}
            value={itemId}
            onChange={setItemId}
            data-testid="return-item"
          />
        )}
        <Textarea
          label={p.returnText}
          value={text}
          onChange={(e) => setText(e.currentTarget.value)}
          data-testid="return-text"
          autosize
          minRows={2}
        />
        <Button
          color="orange"
          disabled={text.trim().length < 3 || (needsComponent && !component) || (needsItem && !itemId)}
          onClick={() =>
            onReturn([
              {
                code,
                text,
                ...(needsComponent && component ? { component } : {}),
                ...(needsItem && itemId ? { itemId } : {}),
              },
            ])
          }
          data-testid="return-submit"
        >
          {p.commands.return}
        </Button>
      </Stack>
    </Modal>
  );
}
