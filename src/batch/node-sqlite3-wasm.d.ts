// The part of node-sqlite3-wasm's API that src/batch/sqlite.ts uses (the package ships no types).
declare module "node-sqlite3-wasm" {
  export type Value = string | number | bigint | null | Uint8Array;
  export interface Statement {
    run(values?: Value[] | Record<string, Value>): { changes: number; lastInsertRowid: number | bigint };
    all(values?: Value[] | Record<string, Value>): Record<string, Value>[];
    get(values?: Value[] | Record<string, Value>): Record<string, Value> | undefined;
    finalize(): void;
  }
  export class Database {
    constructor(path?: string, options?: { fileMustExist?: boolean; readOnly?: boolean });
    exec(sql: string): void;
    run(sql: string, values?: Value | Value[] | Record<string, Value>): { changes: number; lastInsertRowid: number | bigint };
    all(sql: string, values?: Value | Value[] | Record<string, Value>): Record<string, Value>[];
    get(sql: string, values?: Value | Value[] | Record<string, Value>): Record<string, Value> | undefined;
    prepare(sql: string): Statement;
    close(): void;
    readonly inTransaction: boolean;
    readonly isOpen: boolean;
  }
}
