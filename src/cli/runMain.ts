// The one place a script's errors become a message and an exit code.
import { KgError } from '../model/errors.ts';
import { UsageError } from './flags.ts';

/** Exit codes: 0 success, 1 finished but some input had problems, 2 could not run. */
export async function runMain(main: () => Promise<number>): Promise<void> {
  try {
    process.exitCode = await main();
  } catch (error) {
    if (error instanceof UsageError) {
      // A mistyped command: what was wrong and what to type, never a stack.
      console.error(`error: ${error.message}`);
      console.error(`${error.usage}  (--help lists the options)`);
    } else if (error instanceof KgError) {
      console.error(`error: ${error.message}`);
    } else {
      console.error(`unexpected error (please report it): ${(error as Error).stack ?? error}`);
    }
    process.exitCode = 2;
  }
}
