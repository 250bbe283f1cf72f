// The one place a script's errors become a message and an exit code.
import { KgError } from '../model/errors.ts';

/** Exit codes: 0 success, 1 finished but some input had problems, 2 could not run. */
export async function runMain(main: () => Promise<number>): Promise<void> {
  try {
    process.exitCode = await main();
  } catch (error) {
    if (error instanceof KgError) {
      console.error(`error: ${error.message}`);
    } else if (String((error as NodeJS.ErrnoException).code).startsWith('ERR_PARSE_ARGS')) {
      // node:util's parseArgs: an unknown option or a missing value is the user's mistake, not a crash.
      console.error(`error: ${(error as Error).message} (--help lists the options)`);
    } else {
      console.error(`unexpected error (please report it): ${(error as Error).stack ?? error}`);
    }
    process.exitCode = 2;
  }
}
