import type { ReactNode } from 'react';

type Lazy = { preload?: () => Promise<void> | undefined };

/**
 * A route component that renders lazy pages (routes/lazy-pages.ts) given its own props, e.g. the
 * person page with its eligibility and timeline slots. The router calls a route component's
 * `preload` before it renders the route (and on hover), so the pages' chunks load together with
 * the route instead of one after another as each suspends. lazyRouteComponent drops its
 * `preload` once loaded, hence the `?.`.
 */
export function withChunks<C extends () => ReactNode>(component: C, ...parts: Lazy[]) {
  return Object.assign(component, {
    preload: async () => {
      await Promise.all(parts.map((part) => part.preload?.()));
    },
  });
}
