import { Center, Loader, Modal } from '@mantine/core';
import { ErrorAlert } from '../../../components/ErrorAlert';
import { ui } from '../../../i18n/ui';
import { useInitiative } from '../api/get-initiative';
import { InitiativeFormModal } from './InitiativeFormModal';

type Props = { id: string; opened: boolean; onClose: () => void };

/** A timeline row shows one author's share; the edit form needs all authors, so it loads the initiative. */
export function EditInitiativeModal({ id, opened, onClose }: Props) {
  const { data, error } = useInitiative(id);
  if (!data) {
    return (
      <Modal opened={opened} onClose={onClose} title={ui.records.editInitiative} size="lg">
        {error ? (
          <ErrorAlert error={error} />
        ) : (
          <Center py="lg">
            <Loader size="sm" />
          </Center>
        )}
      </Modal>
    );
  }
  const { version, authors, ...values } = data;
  return (
    <InitiativeFormModal
      edit={{
        id,
        version,
        values: {
          ...values,
          authors: authors.map((a) => ({ personId: a.personId, name: a.fullName, sharePct: a.sharePct })),
        },
      }}
      opened={opened}
      onClose={onClose}
    />
  );
}
