import os from 'node:os';
import { serverVersion } from './server-database';

export interface Machine {
  cpu: string;
  cpuCount: number;
  memoryBytes: number;
  os: string;
  node: string;
  postgres: string;
}

export async function describeMachine(): Promise<Machine> {
  const cpus = os.cpus();
  return {
    cpu: cpus[0]?.model.trim() ?? 'unknown',
    cpuCount: cpus.length,
    memoryBytes: os.totalmem(),
    os: `${os.type()} ${os.release()} (${os.arch()})`,
    node: process.version,
    postgres: await serverVersion(),
  };
}
