import type { ReactNode } from 'react';
import { useUnitTimeline } from '../api/get-unit-timeline';
import type { Timeline } from '../api/timeline.types';
import type { ItemActions } from './TimelineItems';
import { TimelineSection } from './TimelineSection';

type Props = {
  unitId: string;
  toolbar?: (subject: Timeline['subject'], allowed: Timeline['allowedActions']) => ReactNode;
  itemActions?: ItemActions;
};

export function UnitTimeline({ unitId, toolbar, itemActions }: Props) {
  const { data, error, isLoading } = useUnitTimeline(unitId);
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
