import { AchievementReportLink } from '../features/documents/components/AchievementReportLink';
import { ReportFormsMenu } from '../features/documents/components/ReportFormsMenu';
import { RecordItemActions } from '../features/records/components/RecordItemActions';
import { RecordToolbar } from '../features/records/components/RecordToolbar';
import { PersonTimeline } from '../features/timeline/components/PersonTimeline';
import { UnitTimeline } from '../features/timeline/components/UnitTimeline';

// The timeline feature shows the years; the records feature adds and changes them; the documents
// feature prints the achievement report. They meet here, so no feature imports another. What is
// offered follows the timeline's allowedActions, decided by the server with the routes' own rules.

export function PersonTimelineSlot({ personId }: { personId: string }) {
  return (
    <PersonTimeline
      personId={personId}
      toolbar={(subject, allowed) => (
        <>
          {allowed.generateDocuments && (
            <AchievementReportLink subject={{ id: subject.id, kind: 'PERSON' }} />
          )}
          {allowed.generateDocuments && <ReportFormsMenu subject={{ id: subject.id, kind: 'PERSON' }} />}
          {allowed.writeRecords && (
            <RecordToolbar subject={{ id: subject.id, name: subject.name, kind: 'PERSON' }} />
          )}
        </>
      )}
      itemActions={(item, mayWrite) => mayWrite && <RecordItemActions item={item} subjectKind="PERSON" />}
    />
  );
}

export function UnitTimelineSlot({ unitId }: { unitId: string }) {
  return (
    <UnitTimeline
      unitId={unitId}
      toolbar={(subject, allowed) => (
        <>
          {allowed.generateDocuments && (
            <AchievementReportLink subject={{ id: subject.id, kind: 'COLLECTIVE' }} />
          )}
          {allowed.generateDocuments && <ReportFormsMenu subject={{ id: subject.id, kind: 'COLLECTIVE' }} />}
          {allowed.writeRecords && (
            <RecordToolbar subject={{ id: subject.id, name: subject.name, kind: 'COLLECTIVE' }} />
          )}
        </>
      )}
      itemActions={(item, mayWrite) => mayWrite && <RecordItemActions item={item} subjectKind="COLLECTIVE" />}
    />
  );
}
