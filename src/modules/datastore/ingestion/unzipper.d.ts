// unzipper 0.10 (exceljs reads workbooks with it) ships no types: the part workbook-check.ts uses.
declare module 'unzipper' {
  import type { Duplex, Readable } from 'node:stream';

  export interface Entry extends Readable {
    path: string;
    type: 'Directory' | 'File';
    autodrain(): unknown;
  }

  export function Parse(options?: { forceStream?: boolean }): Duplex & AsyncIterable<Entry>;
}
