import type { Command } from 'commander';

// `vinhdanh rules …` — filled in by the rules engine work (issue 3).
export function registerRulesCommands(program: Command): void {
  program.command('rules').description('Bộ quy tắc khen thưởng');
}
