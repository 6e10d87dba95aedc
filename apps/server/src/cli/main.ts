#!/usr/bin/env -S npx tsx
// The `vinhdanh` command line. Each command imports its module lazily, so that
// `rules check` starts fast and never loads a database driver.
import { Command } from 'commander';
import { DataDirLockedError } from '../db/data-dir-lock';
import { registerAuditCommands } from './audit.command';
import { registerDatabaseCommands } from './database.command';
import { registerExportCommands } from './export.command';
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
registerExportCommands(program);

try {
  await program.parseAsync(process.argv);
} catch (error) {
  // A refusal meant for the operator (the embedded database is in use) is one clear line, not a stack.
  if (error instanceof DataDirLockedError) {
    console.error(error.message);
    process.exit(1);
  }
  throw error;
}
