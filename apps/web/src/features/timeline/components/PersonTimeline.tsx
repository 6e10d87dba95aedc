import type { ReactNode } from 'react';
import { usePersonTimeline } from '../api/get-person-timeline';
import type { Timeline } from '../api/timeline.types';
import type { ItemActions } from './TimelineItems';
import { TimelineSection } from './TimelineSection';

type Props = {
  personId: string;
  toolbar?: (subject: Timeline['subject'], allowed: Timeline['allowedActions']) => ReactNode;
  itemActions?: ItemActions;
};

export function PersonTimeline({ personId, toolbar, itemActions }: Props) {
  const { data, error, isLoading } = usePersonTimeline(personId);
  return (
    <TimelineSection
      data={data}
      error={error}
      isLoading={isLoading}
      toolbar={toolbar}
      itemActions={itemActions}
    />
  );
}
