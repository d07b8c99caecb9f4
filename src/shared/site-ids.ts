// The sites Threadlens knows by name (settings switches, `threadlens parse --site`), adapters or not.
export const SITE_IDS = ['x', 'bluesky', 'mastodon', 'reddit'] as const;
export type SiteId = (typeof SITE_IDS)[number];
