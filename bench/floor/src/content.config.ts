// One collection: the generated practices, read with Astro's glob loader.
import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { z } from 'astro/zod';

const root = process.env.CONTENT_DIR ?? '../../content';

export const collections = {
  practices: defineCollection({
    loader: glob({ base: `${root}/practices`, pattern: '*.md' }),
    schema: z.looseObject({ title: z.string(), summary: z.string() }),
  }),
};
