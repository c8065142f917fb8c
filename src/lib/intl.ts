/**
 * Intl formatters made on first use instead of when their module loads. In a browser, the first
 * Intl formatter of a page loads the locale's data: 25–50 ms of the main thread on the search page,
 * before its search could start, for formatters the first results may not even need (issue 17,
 * bench/README.md). On the server it makes no difference.
 */
export interface Formatter<V> {
  format(value: V): string;
}

/** A formatter whose Intl object is made when it first formats something, then kept. */
export function formatOnFirstUse<V>(make: () => Formatter<V>): Formatter<V> {
  let made: Formatter<V> | undefined;
  return { format: (value) => (made ??= make()).format(value) };
}
