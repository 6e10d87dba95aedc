#!/usr/bin/env -S npx tsx
// The `vinhdanh` command line. Each command imports its module lazily, so that
// `rules check` starts fast and never loads a database driver.
import './quiet-web-storage';
import { Command } from 'commander';
import { loadConfig } from '../config/config';
import { DataDirLockedError } from '../db/data-dir-lock';
import { explainStartupFailure, type StartupContext } from '../lib/startup-failure';
import { registerAuditCommands } from './audit.command';
import { registerDatabaseCommands } from './database.command';
import { registerDvcCommands } from './dvc.command';
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
registerDvcCommands(program);

/** Where the commands look, for explaining a failure; empty when the settings themselves are wrong. */
function startupContext(): StartupContext {
  try {
    const { dataDir, databaseUrl, port } = loadConfig();
    return { dataDir, databaseUrl, port };
  } catch {
    return {};
  }
}

try {
  await program.parseAsync(process.argv);
} catch (error) {
  // A failure the operator can fix (the embedded database in use, wrong settings, an unwritable
  // data folder, a database that is down, a port in use) is one clear line, not a stack.
  const line =
    error instanceof DataDirLockedError
      ? error.message
      : explainStartupFailure(error, startupContext())?.message;
  if (line) {
    console.error(line);
    process.exit(1);
  }
  throw error;
}
