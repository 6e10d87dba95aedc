import { RecordItemActions } from '../features/records/components/RecordItemActions';
import { RecordToolbar } from '../features/records/components/RecordToolbar';
import { PersonTimeline } from '../features/timeline/components/PersonTimeline';
import { UnitTimeline } from '../features/timeline/components/UnitTimeline';

// The timeline feature shows the years; the records feature adds and changes them.
// They meet here, so neither feature imports the other.

export function PersonTimelineSlot({ personId }: { personId: string }) {
  return (
    <PersonTimeline
      personId={personId}
      toolbar={(subject) => (
        <RecordToolbar subject={{ id: subject.id, name: subject.name, kind: 'PERSON' }} />
      )}
      itemActions={(item) => <RecordItemActions item={item} />}
    />
  );
}

export function UnitTimelineSlot({ unitId }: { unitId: string }) {
  return (
    <UnitTimeline
      unitId={unitId}
      toolbar={(subject) => (
        <RecordToolbar subject={{ id: subject.id, name: subject.name, kind: 'COLLECTIVE' }} />
      )}
      itemActions={(item) => <RecordItemActions item={item} />}
    />
  );
}
