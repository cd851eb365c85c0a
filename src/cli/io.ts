/** Where the command writes, and the environment it reads; tests pass their own. */
export interface Io {
  stdout: NodeJS.WritableStream;
  stderr: NodeJS.WriteStream;
  /** Where the locale comes from; tests pass their own so the machine's LANG does not leak in. */
  env?: NodeJS.ProcessEnv;
}

export const EXIT = { clean: 0, errorsFound: 1, unusable: 2 } as const;
