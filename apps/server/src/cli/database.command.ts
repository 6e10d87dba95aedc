import type { Command } from 'commander';

/** Opens the configured database (PGlite under ./data, or DATABASE_URL), migrated. */
export async function openConfiguredDatabase() {
  const { loadConfig } = await import('../config/config');
  const { openDatabase } = await import('../db/client');
  const config = loadConfig();
  const database = await openDatabase({
    databaseUrl: config.databaseUrl,
    dataDir: config.dataDir,
    namedStatements: config.namedStatements,
  });
  await database.migrate();
  return { config, database };
}

export function registerDatabaseCommands(program: Command): void {
  program
    .command('migrate')
    .description('Cập nhật cấu trúc cơ sở dữ liệu')
    .action(async () => {
      const { database } = await openConfiguredDatabase();
      console.log(`Đã cập nhật cơ sở dữ liệu (${database.engine}).`);
      await database.close();
    });

  program
    .command('demo')
    .description('Tạo dữ liệu mẫu: tỉnh Sơn Hà với đơn vị, cá nhân, lịch sử thi đua')
    .action(async () => {
      const { database } = await openConfiguredDatabase();
      const { seedDemo } = await import('../demo/seed-demo');
      const { printDemoAccounts } = await import('../demo/demo-accounts');
      const result = await seedDemo(database.db, (m) => console.log(m));
      if (result.created) {
        console.log(
          `Đã tạo tỉnh mẫu: ${result.units} đơn vị, ${result.people} cá nhân, ${result.ratings} kết quả đánh giá, ${result.awards} khen thưởng.`,
        );
      } else {
        console.log('Dữ liệu mẫu đã có, không tạo lại.');
      }
      printDemoAccounts();
      await database.close();
    });
}
