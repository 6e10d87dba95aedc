import { ActionIcon, Badge, Box, Group, Text } from '@mantine/core';
import { IconBuilding, IconChevronDown, IconChevronRight } from '@tabler/icons-react';
import { RouterAnchor } from '../../../components/RouterAnchor';
import { ui } from '../../../i18n/ui';
import type { UnitNode } from '../hooks/use-unit-tree';

type Props = { nodes: UnitNode[]; expanded: Set<string>; onToggle: (id: string) => void; depth?: number };

export function OrgUnitTree({ nodes, expanded, onToggle, depth = 0 }: Props) {
  return (
    <Box
      component="ul"
      role={depth === 0 ? 'tree' : 'group'}
      style={{ listStyle: 'none', margin: 0, padding: 0 }}
    >
      {nodes.map(({ unit, children }) => {
        const isOpen = expanded.has(unit.id);
        const isDissolved = unit.status === 'DISSOLVED';
        return (
          <Box
            component="li"
            key={unit.id}
            role="treeitem"
            aria-expanded={children.length ? isOpen : undefined}
          >
            <Group
              gap={6}
              py={5}
              pl={depth * 22}
              wrap="nowrap"
              data-testid="org-unit-node"
              data-unit-name={unit.name}
              style={{ borderBottom: '1px solid var(--mantine-color-gray-1)' }}
            >
              {children.length > 0 ? (
                <ActionIcon
                  variant="subtle"
                  color="gray"
                  size="sm"
                  onClick={() => onToggle(unit.id)}
                  aria-label={unit.name}
                >
                  {isOpen ? <IconChevronDown size={16} /> : <IconChevronRight size={16} />}
                </ActionIcon>
              ) : (
                <Box w={22} />
              )}
              <IconBuilding size={16} color={`var(--mantine-color-${isDissolved ? 'gray-5' : 'red-7'})`} />
              <RouterAnchor
                to="/don-vi/$unitId"
                params={{ unitId: unit.id }}
                size="sm"
                c={isDissolved ? 'dimmed' : 'dark.7'}
                td={isDissolved ? 'line-through' : undefined}
                fw={depth < 2 ? 600 : 400}
              >
                {unit.name}
              </RouterAnchor>
              <Text size="xs" c="dimmed" visibleFrom="sm">
                {ui.orgUnits.types[unit.type] ?? unit.type}
              </Text>
              {isDissolved && (
                <Badge size="xs" color="gray" variant="light" tt="none">
                  {ui.orgUnits.dissolved}
                </Badge>
              )}
            </Group>
            {isOpen && children.length > 0 && (
              <OrgUnitTree nodes={children} expanded={expanded} onToggle={onToggle} depth={depth + 1} />
            )}
          </Box>
        );
      })}
    </Box>
  );
}
