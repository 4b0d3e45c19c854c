/**
 * The machine beside the figures: CPU, cores, memory, Node and the load
 * average. The machine is shared, so the load before and after a run says
 * how far to trust its times.
 */
import { cpus, freemem, loadavg, totalmem } from 'node:os';

const GiB = 2 ** 30;

export function machineInfo(): {
  cpu: string;
  cores: number;
  memoryGiB: number;
  node: string;
  platform: string;
} {
  return {
    cpu: cpus()[0]?.model.trim() ?? 'unknown',
    cores: cpus().length,
    memoryGiB: Math.round((totalmem() / GiB) * 10) / 10,
    node: process.version,
    platform: `${process.platform} ${process.arch}`,
  };
}

/** The 1, 5 and 15 minute load averages and free memory, now. */
export function loadNow(): { loadAverage: string; freeMemoryGiB: number } {
  return {
    loadAverage: loadavg()
      .map((l) => l.toFixed(2))
      .join(' '),
    freeMemoryGiB: Math.round((freemem() / GiB) * 10) / 10,
  };
}
