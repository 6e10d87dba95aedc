import type { Command } from 'commander';

export function registerServeCommand(program: Command): void {
  program
    .command('serve')
    .description('Chạy máy chủ web (cổng PORT, mặc định 3000)')
    .option('--demo', 'chạy bản dùng thử: tạo tỉnh mẫu và tài khoản mẫu ở lần chạy đầu (như VINHDANH_DEMO=1)')
    .action(async (options: { demo?: boolean }) => {
      const { loadConfig } = await import('../config/config');
      const { startServer } = await import('../server');
      const loaded = loadConfig();
      const config = { ...loaded, demo: loaded.demo || options.demo === true };
      const server = await startServer(config, {
        prepare: config.demo
          ? async (db) => {
              const { seedDemo } = await import('../demo/seed-demo');
              const { printDemoAccounts, printDemoBanner } = await import('../demo/demo-accounts');
              const result = await seedDemo(db, (m) => console.log(m));
              if (result.created) console.log(`Đã tạo tỉnh mẫu Sơn Hà: ${result.people} cá nhân.`);
              printDemoBanner();
              printDemoAccounts();
            }
          : async (db) => {
              const { printFirstAdminHelp } = await import('./first-admin');
              await printFirstAdminHelp(db);
            },
        onListening: (url) =>
          console.log(
            `Vinh Danh đang chạy tại ${url} (cơ sở dữ liệu: ${config.databaseUrl ? 'PostgreSQL' : `PGlite, ${config.dataDir}`})`,
          ),
      });
      const shutdown = async () => {
        await server.stop();
        process.exit(0);
      };
      process.once('SIGINT', shutdown);
      process.once('SIGTERM', shutdown);
    });
}
