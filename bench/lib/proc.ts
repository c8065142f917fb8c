/**
 * Run a command and measure it: wall time, CPU time (user + sys of the whole tree, from
 * /usr/bin/time when it is there, and sampled from /proc), the largest single process (max RSS) and the peak RSS of the
 * whole process tree, sampled from /proc (astro's node and the pagefind binary it starts run at
 * the same time, so their RSS adds up). Output is written to a log file, with each line's arrival
 * time (ms since start) kept for the phase timings.
 */
import { spawn } from 'node:child_process';
import { createWriteStream, existsSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { availableParallelism, cpus, loadavg } from 'node:os';

const PAGE = 4096;
const TIME = '/usr/bin/time';

export interface RunResult {
  command: string;
  exitCode: number | null;
  wallMs: number;
  /** user + sys CPU seconds of the process and all its children (from /usr/bin/time -v). */
  cpuS?: number;
  /**
   * user + sys CPU seconds of every process seen in the tree, sampled from /proc: also the processes
   * nobody waits for, which /usr/bin/time cannot count (esbuild's service process, left to exit on
   * its own after the admin's bundle, about 3.4 s at 1,000 practices). A lower bound: a process is
   * counted up to its last sample, and one shorter than a sample interval not at all.
   */
  sampledCpuS: number;
  userS?: number;
  sysS?: number;
  /** The largest RSS of any single process in the tree (from /usr/bin/time -v), bytes. */
  maxSingleRssBytes?: number;
  /** The largest sum of RSS over the whole process tree, sampled every `intervalMs`, bytes. */
  peakTreeRssBytes: number;
  /** How many processes the tree had at most. */
  peakProcesses: number;
  samples: number;
  /** 1-minute load average before and after (other work on the machine skews timings). */
  loadBefore: number;
  loadAfter: number;
  /** Lines with their arrival time in ms since start. */
  lines: { t: number; text: string }[];
}

/** Clock ticks per second of /proc/<pid>/stat's utime and stime (USER_HZ, 100 on Linux). */
const TICKS = 100;

function readStat(pid: string): { ppid: number; rss: number; ticks: number } | undefined {
  try {
    const text = readFileSync(`/proc/${pid}/stat`, 'utf8');
    const rest = text.slice(text.lastIndexOf(')') + 2).split(' ');
    return { ppid: Number(rest[1]), rss: Number(rest[21]) * PAGE, ticks: Number(rest[11]) + Number(rest[12]) };
  } catch {
    return undefined;
  }
}

/**
 * Sum of RSS over `root` and all its descendants; with `ticks`, each one's CPU ticks so far are
 * recorded there (by pid, the largest seen).
 */
export function treeRss(root: number, ticks?: Map<number, number>): { rss: number; processes: number } {
  const children = new Map<number, number[]>();
  const rss = new Map<number, number>();
  const cpu = new Map<number, number>();
  for (const name of readdirSync('/proc')) {
    if (name.charCodeAt(0) < 48 || name.charCodeAt(0) > 57) continue;
    const stat = readStat(name);
    if (!stat) continue;
    const pid = Number(name);
    rss.set(pid, stat.rss);
    cpu.set(pid, stat.ticks);
    const list = children.get(stat.ppid);
    if (list) list.push(pid);
    else children.set(stat.ppid, [pid]);
  }
  let total = 0;
  let processes = 0;
  const stack = [root];
  while (stack.length) {
    const pid = stack.pop()!;
    total += rss.get(pid) ?? 0;
    processes++;
    if (ticks) ticks.set(pid, Math.max(ticks.get(pid) ?? 0, cpu.get(pid) ?? 0));
    stack.push(...(children.get(pid) ?? []));
  }
  return { rss: total, processes };
}

export interface RunOptions {
  cwd: string;
  env?: Record<string, string | undefined>;
  logFile: string;
  intervalMs?: number;
  /** Echo lines that match to the console (progress). */
  echo?: (line: string) => boolean;
}

export async function runMeasured(command: string, args: string[], options: RunOptions): Promise<RunResult> {
  const useTime = existsSync(TIME);
  const timeFile = `${options.logFile}.time`;
  const argv = useTime ? ['-v', '-o', timeFile, command, ...args] : args;
  const exe = useTime ? TIME : command;
  const log = createWriteStream(options.logFile);
  const lines: { t: number; text: string }[] = [];
  const loadBefore = loadavg()[0]!;
  const started = performance.now();
  const child = spawn(exe, argv, { cwd: options.cwd, env: { ...process.env, NO_COLOR: '1', FORCE_COLOR: '0', ...options.env }, stdio: ['ignore', 'pipe', 'pipe'] });
  let peak = 0;
  let peakProcesses = 0;
  let samples = 0;
  const ticks = new Map<number, number>();
  const sample = () => {
    if (!child.pid) return;
    const { rss, processes } = treeRss(child.pid, ticks);
    samples++;
    if (rss > peak) peak = rss;
    if (processes > peakProcesses) peakProcesses = processes;
  };
  const timer = setInterval(sample, options.intervalMs ?? 100);
  const onData = (buffer: { rest: string }) => (chunk: Buffer) => {
    log.write(chunk);
    const text = buffer.rest + chunk.toString('utf8');
    const parts = text.split('\n');
    buffer.rest = parts.pop() ?? '';
    const t = performance.now() - started;
    for (const raw of parts) {
      const line = raw.replace(/\x1b\[[0-9;]*m/g, '');
      lines.push({ t, text: line });
      if (options.echo?.(line)) console.log(`    ${line.trim()}`);
    }
  };
  const out = { rest: '' };
  const err = { rest: '' };
  child.stdout.on('data', onData(out));
  child.stderr.on('data', onData(err));
  const exitCode = await new Promise<number | null>((resolve) => child.on('close', (code) => resolve(code)));
  const wallMs = performance.now() - started;
  clearInterval(timer);
  for (const rest of [out.rest, err.rest]) if (rest) lines.push({ t: wallMs, text: rest.replace(/\x1b\[[0-9;]*m/g, '') });
  await new Promise<void>((resolve) => log.end(() => resolve()));
  const result: RunResult = {
    command: [command, ...args].join(' '),
    exitCode,
    wallMs: Math.round(wallMs),
    peakTreeRssBytes: peak,
    sampledCpuS: Math.round(([...ticks.values()].reduce((a, b) => a + b, 0) / TICKS) * 100) / 100,
    peakProcesses,
    samples,
    loadBefore,
    loadAfter: loadavg()[0]!,
    lines,
  };
  if (useTime && existsSync(timeFile)) {
    const text = readFileSync(timeFile, 'utf8');
    const num = (re: RegExp) => {
      const m = re.exec(text);
      return m ? Number(m[1]) : undefined;
    };
    result.userS = num(/User time \(seconds\): ([\d.]+)/);
    result.sysS = num(/System time \(seconds\): ([\d.]+)/);
    if (result.userS !== undefined && result.sysS !== undefined) result.cpuS = Math.round((result.userS + result.sysS) * 100) / 100;
    const kb = num(/Maximum resident set size \(kbytes\): (\d+)/);
    if (kb !== undefined) result.maxSingleRssBytes = kb * 1024;
    rmSync(timeFile, { force: true });
  }
  return result;
}

export function machine() {
  const c = cpus();
  let memTotal = 0;
  try {
    const m = /MemTotal:\s+(\d+) kB/.exec(readFileSync('/proc/meminfo', 'utf8'));
    memTotal = m ? Number(m[1]) * 1024 : 0;
  } catch {
    /* not Linux */
  }
  return { nproc: availableParallelism(), cpus: c.length, cpuModel: c[0]?.model ?? '?', memoryBytes: memTotal, node: process.version, platform: `${process.platform} ${process.arch}` };
}
