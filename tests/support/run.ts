import { execFile, execFileSync } from 'node:child_process';

const env = (): NodeJS.ProcessEnv => ({ ...process.env, npm_config_loglevel: 'error' });

/** The error of a failed command: what it printed, on stdout and stderr. */
const failed = (command: string, args: string[], stdout: string, stderr: string, cause: unknown): Error =>
  new Error(`${command} ${args.join(' ')} failed:\n${stdout}\n${stderr}`, { cause });

/** Runs a command in `cwd`, returning its output; on failure the error carries stdout and stderr. */
export function run(command: string, args: string[], cwd: string): string {
  try {
    return execFileSync(command, args, { cwd, encoding: 'utf8', stdio: 'pipe', env: env() });
  } catch (error) {
    const output = error as { stdout?: string; stderr?: string };
    throw failed(command, args, output.stdout ?? '', output.stderr ?? '', error);
  }
}

/**
 * {@link run} without blocking, for checks that do not depend on each other: type-checkers are
 * single-threaded, so two at a time use both cores of a 2-core machine.
 */
export function runAsync(command: string, args: string[], cwd: string): Promise<string> {
  return new Promise((resolve, reject) => {
    execFile(command, args, { cwd, encoding: 'utf8', env: env(), maxBuffer: 64 * 1024 * 1024 }, (error, stdout, stderr) => {
      if (error) reject(failed(command, args, stdout, stderr, error));
      else resolve(stdout);
    });
  });
}

/**
 * Waits for every one of `checks` to end (no type-checker left running into the next test), then
 * returns their outputs, or throws the first failure.
 */
export async function allChecks<Checks extends readonly Promise<string>[]>(checks: [...Checks]): Promise<{ [Index in keyof Checks]: string }> {
  const results = await Promise.allSettled(checks);
  const failure = results.find((result) => result.status === 'rejected');
  if (failure) throw (failure as PromiseRejectedResult).reason;
  return results.map((result) => (result as PromiseFulfilledResult<string>).value) as { [Index in keyof Checks]: string };
}

/** The error lines of a tsc or vue-tsc report (`path(line,col): error TS…`) that are not about `file`. */
export const tscErrorsOutside = (output: string, file: string): string[] =>
  output.split('\n').filter((line) => /error TS\d+/.test(line) && !line.startsWith(`${file}(`));
