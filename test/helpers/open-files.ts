import fs from 'node:fs';

/** Open file descriptors of this process that point into a directory (the blob store). */
export function openFilesUnder(directory: string): string[] {
  return fs
    .readdirSync('/proc/self/fd')
    .map((fd) => {
      try {
        return fs.readlinkSync(`/proc/self/fd/${fd}`);
      } catch {
        return '';
      }
    })
    .filter((target) => target.startsWith(directory));
}

/** A stream is closed just after its last read: give the closes a moment, then answers what is still open. */
export async function filesLeftOpenUnder(directory: string): Promise<string[]> {
  for (let wait = 0; wait < 20 && openFilesUnder(directory).length > 0; wait += 1) await new Promise((resolve) => setTimeout(resolve, 100));
  return openFilesUnder(directory);
}
