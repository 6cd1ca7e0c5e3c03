/** What a CLI command hands back to main: the text to print and the exit code (0 clean, 1 errors found, 2 bad input). */
export interface CommandResult {
  exitCode: 0 | 1 | 2;
  output: string;
}
