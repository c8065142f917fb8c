/**
 * Astro collections, one per collection of the content model (src/model/), read from the content
 * root (CONTENT_DIR, default content/). The schemas are the model's own: nothing is redefined here.
 */
import { defineCollection } from 'astro:content';
import { glob, type Loader } from 'astro/loaders';
import { pathToFileURL } from 'node:url';
import { collections as model, contentRoot, type CollectionDef } from './model/index.ts';

const root = contentRoot();

/** The glob loader for one collection; drafts never enter the store, so no page can show them. */
function load(def: CollectionDef): Loader {
  const inner = glob({ base: pathToFileURL(`${root}/${def.name}/`), pattern: `*.${def.extension}` });
  return {
    name: 'mao:published-entries',
    load: (context) => {
      const store = context.store;
      const published = new Proxy(store, {
        get(target, prop, receiver) {
          if (prop === 'set') {
            return (entry: { id: string; data: Record<string, unknown> }) => {
              if (entry.data?.draft === true) {
                target.delete(entry.id);
                return false;
              }
              return target.set(entry as Parameters<typeof target.set>[0]);
            };
          }
          const value = Reflect.get(target, prop, receiver);
          return typeof value === 'function' ? value.bind(target) : value;
        },
      });
      return inner.load({ ...context, store: published });
    },
  };
}

/** Generic over the model entry, so each collection keeps its own schema type (and pages their typed data). */
function collection<Def extends CollectionDef>(def: Def) {
  return defineCollection({ loader: load(def), schema: def.schema as Def['schema'] });
}

export const collections = {
  advice: collection(model.advice),
  themes: collection(model.themes),
  organisations: collection(model.organisations),
  regions: collection(model.regions),
  practices: collection(model.practices),
  communities: collection(model.communities),
  events: collection(model.events),
  news: collection(model.news),
  newsletters: collection(model.newsletters),
  pages: collection(model.pages),
};
