import { Alert, Button, Center, Grid, Loader, Stack } from '@mantine/core';
import { IconArrowLeft, IconEdit, IconEye, IconEyeOff, IconInfoCircle } from '@tabler/icons-react';
import { type ReactNode, useState } from 'react';
import { ErrorAlert } from '../../../components/ErrorAlert';
import { PageHeader } from '../../../components/PageHeader';
import { RouterAnchor } from '../../../components/RouterAnchor';
import { RouterButton } from '../../../components/RouterButton';
import { ui } from '../../../i18n/ui';
import { usePerson } from '../api/get-person';
import { EarlierPostModal } from './EarlierPostModal';
import { PersonProfileCard } from './PersonProfileCard';
import { AwardsTable, EmploymentTable, RatingsTable } from './PersonRecordTables';

type Props = {
  personId: string;
  /** Eligibility panel, composed in by the router so this feature does not import another. */
  eligibility?: ReactNode;
  /** The "Lịch sử" timeline with its record forms, composed in by the router. */
  timeline?: ReactNode;
};

export function PersonPage({ personId, eligibility, timeline }: Props) {
  const [addingPost, setAddingPost] = useState(false);
  const [reveal, setReveal] = useState(false);
  const { data, error, isLoading, isFetching } = usePerson(personId, reveal);

  if (isLoading) {
    return (
      <Center py="xl">
        <Loader />
      </Center>
    );
  }
  if (error || !data) return <ErrorAlert error={error} />;
  const { person } = data;
  // What the user may do on this person comes with it (the server's policy, scope included).
  const may = data.allowedActions;

  return (
    <Stack>
      <RouterAnchor to="/ca-nhan" size="sm">
        <IconArrowLeft size={14} style={{ verticalAlign: 'middle' }} /> {ui.people.detail.back}
      </RouterAnchor>
      <PageHeader
        title={person.fullName}
        subtitle={person.position ? `${person.position} · ${person.unitName}` : person.unitName}
        actions={
          <>
            {may.revealSensitive && (
              <Button
                variant="default"
                leftSection={reveal ? <IconEyeOff size={16} /> : <IconEye size={16} />}
                onClick={() => setReveal((value) => !value)}
                loading={isFetching}
                data-testid="person-reveal"
              >
                {reveal ? ui.people.detail.hide : ui.people.detail.reveal}
              </Button>
            )}
            {may.update && (
              <RouterButton
                to="/ca-nhan/$personId/sua"
                params={{ personId }}
                leftSection={<IconEdit size={16} />}
                data-testid="person-edit"
              >
                {ui.people.detail.edit}
              </RouterButton>
            )}
          </>
        }
      />
      {person.isRevealed && (
        <Alert color="yellow" icon={<IconInfoCircle size={18} />} py="xs">
          {ui.people.detail.revealedNote}
        </Alert>
      )}
      <PersonProfileCard person={person} />
      <Grid>
        <Grid.Col span={{ base: 12, md: 4 }}>
          <RatingsTable rows={data.ratings} />
        </Grid.Col>
        <Grid.Col span={{ base: 12, md: 8 }}>
          <Stack>
            <EmploymentTable
              rows={data.employment}
              action={
                may.update && (
                  <Button
                    size="xs"
                    variant="light"
                    onClick={() => setAddingPost(true)}
                    data-testid="add-earlier-post"
                  >
                    {ui.people.detail.addPost}
                  </Button>
                )
              }
            />
            <EarlierPostModal personId={personId} opened={addingPost} onClose={() => setAddingPost(false)} />
            <AwardsTable rows={data.awards} />
          </Stack>
        </Grid.Col>
      </Grid>
      {timeline}
      {may.readEligibility && eligibility}
    </Stack>
  );
}
