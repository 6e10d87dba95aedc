import { Card, Radio, Stack, Text } from '@mantine/core';
import { t, ui } from '../../../i18n/ui';
import type { ImportMatch } from '../api/imports.types';

type Props = {
  matches: ImportMatch[];
  choices: Record<string, string>;
  onChoose: (key: string, choice: string) => void;
};

/** Uncertain matches: the officer picks the existing person, or a new one when allowed. */
export function MatchChoices({ matches, choices, onChoose }: Props) {
  if (matches.length === 0) return null;
  return (
    <Stack gap="sm" data-testid="import-matches">
      <Text fw={600}>{ui.imports.matchesTitle}</Text>
      {matches.map((m) => (
        <Card key={m.key} withBorder data-testid="import-match">
          <Text size="sm" mb="xs">
            {t(ui.imports.matchHeading, {
              rows: m.rows.join(', '),
              name: m.fullName,
              year: m.birthYear ?? ui.app.none,
              unit: m.unitName,
            })}
          </Text>
          <Radio.Group value={choices[m.key] ?? ''} onChange={(value) => onChoose(m.key, value)}>
            <Stack gap={6}>
              {m.candidates.map((c) => (
                <Radio
                  key={c.personId}
                  value={c.personId}
                  data-testid="import-match-candidate"
                  label={t(ui.imports.candidate, {
                    name: c.fullName,
                    year: c.birthYear ?? ui.app.none,
                    unit: c.unitName,
                    reason: c.reason,
                  })}
                />
              ))}
              {m.allowCreate && (
                <Radio value="NEW" label={ui.imports.createNew} data-testid="import-match-new" />
              )}
            </Stack>
          </Radio.Group>
        </Card>
      ))}
    </Stack>
  );
}
