import fs from 'node:fs';

/** RSS of `pid` and all its descendants, in MiB, from /proc (Linux); 0 once the process is gone. */
export function treeRssMb(pid: number): number {
  const children = new Map<number, number[]>();
  let rssPages = 0;
  const own = new Map<number, number>();
  for (const name of fs.readdirSync('/proc')) {
    if (!/^\d+$/.test(name)) continue;
    try {
      // stat: "pid (comm) state ppid …"; comm may hold spaces, so split after its closing parenthesis.
      const stat = fs.readFileSync(`/proc/${name}/stat`, 'utf8');
      const ppid = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
      const resident = Number(fs.readFileSync(`/proc/${name}/statm`, 'utf8').split(' ')[1]);
      own.set(Number(name), resident);
      children.set(ppid, [...(children.get(ppid) ?? []), Number(name)]);
    } catch {
      // The process ended between the listing and the read.
    }
  }
  const queue = [pid];
  while (queue.length > 0) {
    const next = queue.pop()!;
    rssPages += own.get(next) ?? 0;
    queue.push(...(children.get(next) ?? []));
  }
  return (rssPages * 4096) / 1048576;
}

/** Samples the tree's RSS every `everyMs` until stop(); `peak` and `last` in MiB. */
export function sampleTreeRss(pid: number, everyMs = 100) {
  const samples = { peak: 0, last: 0 };
  const take = () => {
    samples.last = treeRssMb(pid);
    samples.peak = Math.max(samples.peak, samples.last);
  };
  take();
  const timer = setInterval(take, everyMs);
  return {
    samples,
    stop() {
      clearInterval(timer);
      take();
      return samples;
    },
  };
}
