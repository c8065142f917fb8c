/** The throw-away content copies remove themselves: a test run leaves no folders behind in tmp. */
import { existsSync } from 'node:fs';
import { expect, test } from 'vitest';
import { ContentFixture } from './content-fixture.ts';

const made: string[] = [];

test('a test may make several copies', () => {
  for (let i = 0; i < 2; i++) made.push(new ContentFixture().root);
  for (const root of made) expect(existsSync(root)).toBe(true);
});

test('each is gone once the test that made it has ended', () => {
  expect(made).toHaveLength(2);
  for (const root of made) expect(existsSync(root)).toBe(false);
});
