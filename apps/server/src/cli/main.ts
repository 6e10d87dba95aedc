#!/usr/bin/env -S npx tsx
// The `vinhdanh` command line. Each command imports its module lazily, so that
// `rules check` starts fast and never loads a database driver.
import { Command } from 'commander';
import { registerRulesCommands } from './rules.command';

const program = new Command();
program.name('vinhdanh').description('Vinh Danh — quản lý thi đua, khen thưởng').showHelpAfterError();

registerRulesCommands(program);

await program.parseAsync(process.argv);
