#!/usr/bin/env -S npx tsx
// The `vinhdanh` command line. Each command imports its module lazily, so that
// `rules check` starts fast and never loads a database driver.
import { Command } from 'commander';
import { registerAuditCommands } from './audit.command';
import { registerDatabaseCommands } from './database.command';
import { registerImportCommand } from './import.command';
import { registerRulesCommands } from './rules.command';
import { registerRulesScanCommand } from './rules-scan.command';
import { registerServeCommand } from './serve.command';
import { registerUserCommands } from './users.command';

const program = new Command();
program.name('vinhdanh').description('Vinh Danh — quản lý thi đua, khen thưởng').showHelpAfterError();

registerServeCommand(program);
registerDatabaseCommands(program);
registerUserCommands(program);
registerAuditCommands(program);
registerRulesCommands(program);
registerRulesScanCommand(program);
registerImportCommand(program);

await program.parseAsync(process.argv);
