/** The parts of Decap's untyped packages that the admin uses. */
declare module 'decap-cms-backend-proxy' {
  export class ProxyBackend {
    constructor(config: unknown, options?: unknown);
    entriesByFolder(folder: string, extension: string, depth: number): Promise<unknown>;
    persistEntry(entry: unknown, options: unknown): Promise<unknown>;
    deleteFiles(paths: string[], commitMessage: string): Promise<unknown>;
    publishUnpublishedEntry(collection: string, slug: string): Promise<unknown>;
    request(payload: { action: string; params: Record<string, unknown> }): Promise<any>;
  }
}

declare module 'decap-cms-lib-util' {
  export class Cursor {
    static create(store: { actions?: string[]; meta?: Record<string, unknown>; data?: Record<string, unknown> }): Cursor;
    readonly data: { get(key: string): unknown };
    readonly meta: { get(key: string): unknown };
  }
  export const CURSOR_COMPATIBILITY_SYMBOL: unique symbol;
}

/** The relation control's answers per term, shared by every relation widget (cms/widgets/FastRelation.tsx). */
declare module 'decap-cms-widget-relation/dist/esm/RelationCache.js' {
  const relationCache: { invalidateCollection(collection: string): void; clear(): void };
  export default relationCache;
}

/** Decap's phrases per language (plain objects), read by tests/cms/phrases.cms.test.ts. */
declare module 'decap-cms-locales/dist/esm/*/index.js' {
  const phrases: Record<string, unknown>;
  export default phrases;
}
