// The demo threads' data, before it is written out in X's markup (render-x-status-page.ts).

export interface DemoAccount {
  handle: string;
  name: string;
  verified?: boolean;
  /** shows X's default picture instead of an avatar of its own */
  defaultAvatar?: boolean;
  /** background colour of the generated avatar */
  color?: string;
}

export interface DemoMetrics {
  replies: number;
  reposts: number;
  likes: number;
  views: number;
}

export interface DemoPost {
  id: string;
  author: DemoAccount;
  /** plain text; URLs, #hashtags and @mentions become links as on X */
  text: string;
  /** ISO 8601 */
  createdAt: string;
  /** the post it answers, when that is not the focal post (a reply to a reply, drawn joined to it) */
  replyTo?: string;
  metrics: DemoMetrics;
  /** text of a Community Note shown under the post */
  communityNote?: string;
}

export interface DemoThread {
  /** file-name-safe id, also used in screenshots */
  slug: string;
  title: string;
  focal: DemoPost;
  /** replies in the order the page shows them; a reply to a reply comes right after the post it answers */
  replies: DemoPost[];
}

/** X's ids are snowflakes: milliseconds since X's epoch shifted left 22 bits, plus a sequence number. */
export function snowflake(iso: string, sequence: number): string {
  const TWITTER_EPOCH = 1288834974657n;
  return (((BigInt(Date.parse(iso)) - TWITTER_EPOCH) << 22n) + BigInt(sequence)).toString();
}
