import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

// PGlite is PostgreSQL in one process, without the postmaster that stops a second one: two
// processes opening the same folder each keep their own buffers and overwrite each other's pages,
// and acknowledged writes are lost. So the folder carries a lock file naming its process.

export const LOCK_FILE = 'vinhdanh.lock';

type Holder = { pid: number; hostname: string; startedAt: string; command: string };

export class DataDirLockedError extends Error {
  readonly code = 'DATABASE_LOCKED';
  constructor(
    readonly dataDir: string,
    readonly holder: Holder,
  ) {
    super(
      `Thư mục dữ liệu ${dataDir} đang được tiến trình ${holder.pid} sử dụng (từ ${holder.startedAt}: ${holder.command}). ` +
        `Cơ sở dữ liệu nhúng (PGlite) chỉ cho một tiến trình mở: hãy dừng máy chủ Vinh Danh (tiến trình ${holder.pid}) trước khi chạy lệnh này, ` +
        'hoặc dùng PostgreSQL (DATABASE_URL) để chạy máy chủ và dòng lệnh cùng lúc.',
    );
  }
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    // EPERM: the process exists but belongs to someone else.
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

function readHolder(file: string): Holder | undefined {
  try {
    const parsed = JSON.parse(fs.readFileSync(file, 'utf8')) as Holder;
    return Number.isInteger(parsed.pid) ? parsed : undefined;
  } catch {
    return undefined;
  }
}

/**
 * Takes the folder's lock or throws DataDirLockedError naming the live holder. A lock left by a
 * process that no longer exists (killed with SIGKILL, power loss) is taken over. A holder on
 * another machine (a shared folder) cannot be checked, so it counts as alive. Returns the release.
 */
export function lockDataDir(dataDir: string): () => void {
  const file = path.join(dataDir, LOCK_FILE);
  const me: Holder = {
    pid: process.pid,
    hostname: os.hostname(),
    startedAt: new Date().toISOString(),
    command: process.argv.slice(1).join(' ').slice(0, 200),
  };
  for (let attempt = 0; attempt < 5; attempt++) {
    try {
      // 'wx' creates the file only if it does not exist: the one atomic step of taking the lock.
      fs.writeFileSync(file, JSON.stringify(me), { flag: 'wx' });
      const release = () => {
        if (readHolder(file)?.pid === me.pid) fs.rmSync(file, { force: true });
        process.off('exit', release);
      };
      process.on('exit', release);
      return release;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
    }
    const holder = readHolder(file);
    if (holder && (holder.hostname !== me.hostname || isAlive(holder.pid))) {
      throw new DataDirLockedError(dataDir, holder);
    }
    // The holder is gone (or the file is torn): remove its lock and try again.
    fs.rmSync(file, { force: true });
  }
  throw new Error(`could not lock ${dataDir}`);
}
