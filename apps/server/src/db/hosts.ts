// Multi-host connection strings (`postgres://user@h1:5432,h2:5432/db`), which libpq reads and
// node-postgres does not: each host becomes a single-host URL node-postgres can open.

/** One server of a multi-host URL. */
export type Target = { host: string; port: number; url: string };

const URL_PARTS = /^(postgres(?:ql)?:\/\/)([^@/?#]*@)?([^/?#]*)(.*)$/i;
const HOST_PORT = /^(\[[^\]]+\]|[^:]*)(?::(\d+))?$/;

/** The servers a URL names, in the order written; a single-host URL gives one. */
export function splitHosts(url: string): Target[] {
  const parts = URL_PARTS.exec(url.trim());
  if (!parts) throw new Error('Chuỗi kết nối cơ sở dữ liệu phải có dạng postgres://người-dùng@máy:cổng/tên');
  const [, scheme, userinfo = '', hostList = '', rest = ''] = parts;
  return hostList.split(',').map((entry) => {
    const hostPort = HOST_PORT.exec(entry.trim());
    if (!hostPort) throw new Error(`Máy chủ không hợp lệ trong chuỗi kết nối: ${entry}`);
    const written = hostPort[1] || 'localhost';
    const port = Number(hostPort[2] ?? 5432);
    return {
      host: written.replace(/^\[|\]$/g, ''),
      port,
      url: `${scheme}${userinfo}${written}:${port}${rest}`,
    };
  });
}

/**
 * DATABASE_READ_URL: one URL, possibly multi-host, or several URLs separated by commas (a comma
 * followed by `postgres://` starts the next URL; any other comma separates hosts).
 */
export function splitReadUrls(value: string): Target[] {
  return value
    .split(/,(?=\s*postgres(?:ql)?:\/\/)/i)
    .filter((url) => url.trim())
    .flatMap(splitHosts);
}

/** Whether a URL names more than one server (only then does the app look for the writable one). */
export function isMultiHost(url: string): boolean {
  const parts = URL_PARTS.exec(url.trim());
  return Boolean(parts?.[3]?.includes(','));
}
