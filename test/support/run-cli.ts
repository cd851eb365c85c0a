import { PassThrough } from "node:stream";
import { main } from "../../src/cli/main";

export interface Run {
  code: number;
  stdout: string;
  stderr: string;
}

/** Runs the CLI's main in-process with captured output streams, as `jixiao ARGV…` would. */
export async function run(...argv: string[]): Promise<Run> {
  return runWithEnv({}, ...argv);
}

/** As `run`, with these environment variables (LANG, NO_COLOR…) instead of none: the machine's never leak in. */
export async function runWithEnv(env: NodeJS.ProcessEnv, ...argv: string[]): Promise<Run> {
  const out = new PassThrough();
  const err = new PassThrough() as unknown as NodeJS.WriteStream;
  let stdout = "";
  let stderr = "";
  out.on("data", (d) => (stdout += d));
  (err as unknown as PassThrough).on("data", (d: Buffer) => (stderr += d));
  const code = await main(argv, { stdout: out, stderr: err, env });
  return { code, stdout, stderr };
}
