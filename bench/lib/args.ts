/**
 * The command-line arguments of the bench scripts: `--name` flags and `--name value` options.
 */
export function benchArgs(argv: readonly string[] = process.argv.slice(2)) {
  return {
    argv,
    /** True when `--name` is given. */
    flag: (name: string) => argv.includes(name),
    /** The word after `--name`, or undefined. */
    value: (name: string): string | undefined => {
      const i = argv.indexOf(name);
      return i >= 0 ? argv[i + 1] : undefined;
    },
  };
}
