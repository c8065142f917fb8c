import type { BuildResult } from './global-setup.ts';

/** The end of a build's output, for a failure message. */
export function tail(output: string, lines = 60): string {
  return output.trimEnd().split('\n').slice(-lines).join('\n');
}

/** Fail with the build's own output when it did not succeed. */
export function assertBuilt(build: BuildResult): void {
  if (build.exitCode !== 0) {
    throw new Error(`astro build "${build.name}" (CONTENT_DIR=${build.contentDir}) exited with ${build.exitCode}; full log in tests/.tmp/build-${build.name}.log\n${tail(build.output)}`);
  }
}

/** A readable list for a failure message, at most `max` lines. */
export function listing(lines: string[], max = 150): string {
  const shown = lines.slice(0, max).join('\n');
  return lines.length > max ? `${shown}\n… and ${lines.length - max} more` : shown;
}
