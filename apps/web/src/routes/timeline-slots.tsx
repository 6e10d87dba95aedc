import { AchievementReportLink } from '../features/documents/components/AchievementReportLink';
import { ReportFormsMenu } from '../features/documents/components/ReportFormsMenu';
import { RecordItemActions } from '../features/records/components/RecordItemActions';
import { RecordToolbar } from '../features/records/components/RecordToolbar';
import { PersonTimeline } from '../features/timeline/components/PersonTimeline';
import { UnitTimeline } from '../features/timeline/components/UnitTimeline';

// The timeline feature shows the years; the records feature adds and changes them; the documents
// feature prints the achievement report. They meet here, so no feature imports another.

export function PersonTimelineSlot({ personId }: { personId: string }) {
  return (
    <PersonTimeline
      personId={personId}
      toolbar={(subject) => (
        <>
          <AchievementReportLink subject={{ id: subject.id, kind: 'PERSON' }} />
          <ReportFormsMenu subject={{ id: subject.id, kind: 'PERSON' }} />
          <RecordToolbar subject={{ id: subject.id, name: subject.name, kind: 'PERSON' }} />
        </>
      )}
      itemActions={(item) => <RecordItemActions item={item} subjectKind="PERSON" />}
    />
  );
}

export function UnitTimelineSlot({ unitId }: { unitId: string }) {
  return (
    <UnitTimeline
      unitId={unitId}
      toolbar={(subject) => (
        <>
          <AchievementReportLink subject={{ id: subject.id, kind: 'COLLECTIVE' }} />
          <ReportFormsMenu subject={{ id: subject.id, kind: 'COLLECTIVE' }} />
          <RecordToolbar subject={{ id: subject.id, name: subject.name, kind: 'COLLECTIVE' }} />
        </>
      )}
      itemActions={(item) => <RecordItemActions item={item} subjectKind="COLLECTIVE" />}
    />
  );
}
