import { Button, Center, Group, Loader, Paper, Switch, Text } from '@mantine/core';
import { useState } from 'react';
import { ErrorAlert } from '../../../components/ErrorAlert';
import { PageHeader } from '../../../components/PageHeader';
import { ui } from '../../../i18n/ui';
import { useOrgUnits } from '../api/list-org-units';
import { type UnitNode, useUnitTree } from '../hooks/use-unit-tree';
import { OrgUnitTree } from './OrgUnitTree';

function idsToDepth(nodes: UnitNode[], maxDepth: number, depth = 0): string[] {
  if (depth >= maxDepth) return [];
  return nodes.flatMap((node) => [node.unit.id, ...idsToDepth(node.children, maxDepth, depth + 1)]);
}

export function OrgUnitsPage() {
  const { data: units, error, isLoading } = useOrgUnits();
  const [showDissolved, setShowDissolved] = useState(false);
  const tree = useUnitTree(units, showDissolved);
  const [expanded, setExpanded] = useState<Set<string> | null>(null);
  // Until the user expands or collapses something, the top two levels are open.
  const open = expanded ?? new Set(idsToDepth(tree, 2));

  const toggle = (id: string) => {
    const next = new Set(open);
    if (next.has(id)) next.delete(id);
    else next.add(id);
    setExpanded(next);
  };

  return (
    <>
      <PageHeader
        title={ui.orgUnits.title}
        actions={
          <>
            <Button variant="default" size="xs" onClick={() => setExpanded(new Set(idsToDepth(tree, 99)))}>
              {ui.orgUnits.expandAll}
            </Button>
            <Button variant="default" size="xs" onClick={() => setExpanded(new Set())}>
              {ui.orgUnits.collapseAll}
            </Button>
          </>
        }
      />
      <Paper withBorder radius="md" p="md">
        <Group mb="sm">
          <Switch
            label={ui.orgUnits.showDissolved}
            checked={showDissolved}
            onChange={(event) => setShowDissolved(event.currentTarget.checked)}
            data-testid="org-units-show-dissolved"
          />
        </Group>
        {isLoading && (
          <Center py="xl">
            <Loader />
          </Center>
        )}
        {error && <ErrorAlert error={error} />}
        {units && tree.length === 0 && <Text c="dimmed">{ui.orgUnits.empty}</Text>}
        <OrgUnitTree nodes={tree} expanded={open} onToggle={toggle} />
      </Paper>
    </>
  );
}
