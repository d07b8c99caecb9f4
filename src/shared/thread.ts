// The Thread JSON of ../shared/contracts/thread.schema.json, as TypeScript.
// Site adapters and importers produce it; signals and scoring consume it.
// Keep field names and meanings identical to the schema: other tools read it.

export interface Author {
  /** account handle without a leading @ */
  handle: string;
  displayName?: string;
  /** any platform check mark, paid or not */
  verified?: boolean;
  /** true when the account shows the platform's default picture */
  defaultAvatar?: boolean;
  /** account creation time when the page or API shows it (ISO 8601) */
  createdAt?: string;
  followers?: number;
  following?: number;
}

export interface PostMetrics {
  replies?: number;
  reposts?: number;
  likes?: number;
  views?: number;
}

export interface Post {
  /** stable id of the post on its site (status id, at-uri, comment id) */
  id: string;
  author: Author;
  /** the post's own text, without the text of a quoted post */
  text: string;
  /** ISO 8601 time the post was published */
  createdAt?: string;
  /** (sites issue) true when createdAt was read from a display rounded to the minute (bsky.app): within a minute */
  createdAtApproximate?: boolean;
  /** id of the post it answers, when known */
  replyTo?: string;
  /** id of a quoted post, when any */
  quotes?: string;
  /** absolute URLs of outbound links in the post */
  links?: string[];
  hashtags?: string[];
  metrics?: PostMetrics;
  /** labels the platform itself shows on the post, such as community-note or sensitive-content */
  platformLabels?: string[];
}

export interface Thread {
  /** x, bluesky, mastodon, reddit, or another adapter id */
  site: string;
  url?: string;
  /** when the page or API answer was read (ISO 8601) */
  capturedAt?: string;
  /** the first post without replyTo is the root */
  posts: Post[];
}

/** The platform labels adapters may emit. Open-ended on purpose: the schema allows any string. */
export const PLATFORM_LABELS = {
  communityNote: 'community-note',
  sensitiveContent: 'sensitive-content',
  misleading: 'misleading',
  stateAffiliated: 'state-affiliated',
  automated: 'automated',
  withheld: 'withheld',
} as const;

/** The root of a thread: the first post without replyTo, else the first post. */
export function rootPost(thread: Thread): Post | undefined {
  return thread.posts.find((p) => p.replyTo === undefined) ?? thread.posts[0];
}
