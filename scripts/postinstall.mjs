// `npm ci` / `npm install`: make PGlite's empty-cluster dump now (a child process, ~800 MiB for a few
// seconds), so the first `npm start` starts from it instead of making it itself, and stays under the
// 500 MiB of issue 19 item 5 from the very first run. Never fails the install: when the dump cannot
// be made here (no dev dependencies, a read-only tree), the server makes it on its first start.
import path from 'node:path';
import { pathToFileURL } from 'node:url';

const root = path.resolve(import.meta.dirname, '..');
try {
  const { register } = await import('tsx/esm/api');
  register();
  const { emptyClusterTemplate, templatePath } = await import(
    pathToFileURL(path.join(root, 'apps/server/src/db/pglite-template.ts')).href
  );
  if (await emptyClusterTemplate())
    console.log(`PGlite: mẫu cơ sở dữ liệu rỗng sẵn sàng (${templatePath()})`);
} catch (error) {
  console.warn(
    'PGlite: chưa tạo được mẫu cơ sở dữ liệu rỗng; máy chủ sẽ tự tạo khi khởi động lần đầu.',
    error,
  );
}
