/** One line describing the machine, written above the figures so runs can be compared. */
import { readFileSync } from 'node:fs';
import os from 'node:os';

export function machineDescription(now = new Date()): string {
  const cpus = os.cpus();
  let distro = os.type();
  try {
    distro = /PRETTY_NAME="([^"]+)"/.exec(readFileSync('/etc/os-release', 'utf8'))?.[1] ?? distro;
  } catch {
    /* not Linux */
  }
  return [
    `CPU: ${cpus[0]?.model.trim() ?? 'unknown'}, ${cpus.length} cores`,
    `memory: ${(os.totalmem() / 2 ** 30).toFixed(1)} GiB`,
    `${distro}, kernel ${os.release()}`,
    `Node ${process.version}`,
    `date: ${now.toISOString().replace(/\.\d+Z$/, 'Z')}`,
  ].join('; ');
}
