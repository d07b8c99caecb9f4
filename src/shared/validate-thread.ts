// Checks that a parsed JSON value is a Thread as ../shared/contracts/thread.schema.json defines it,
// and names the first problem by its JSON path ("posts[3].author.handle must be a string").
// Written by hand rather than with a schema library: the schema is small, and the message must be
// one plain line. Extra fields are allowed, as the schema allows them.
import type { Result } from './result.ts';
import { err, ok } from './result.ts';
import type { Thread } from './thread.ts';
import type { JsonObject as Json } from './json-value.ts';
import { isObject } from './json-value.ts';

/** A problem is "must be ..." (after a space) or a deeper path, "[2] ..." or ".likes ..." (no space). */
type Check = (value: unknown) => string | undefined;
const joiner = (problem: string): string => (problem.startsWith('[') || problem.startsWith('.') ? '' : ' ');
const string: Check = (v) => (typeof v === 'string' ? undefined : 'must be a string');
const boolean: Check = (v) => (typeof v === 'boolean' ? undefined : 'must be true or false');
const count: Check = (v) => (typeof v === 'number' && Number.isInteger(v) && v >= 0 ? undefined : 'must be a whole number of 0 or more');
const strings: Check = (v) => {
  if (!Array.isArray(v)) return 'must be an array of strings';
  const bad = v.findIndex((x) => typeof x !== 'string');
  return bad === -1 ? undefined : `[${bad}] must be a string`;
};

/** The first problem of an object's fields, as "path message"; required fields first. */
function checkFields(
  value: Json,
  path: string,
  required: readonly string[],
  optional: Record<string, Check>,
  requiredChecks: Record<string, Check>,
): string | undefined {
  for (const field of required) {
    if (!(field in value) || value[field] === undefined) return `${path}${field} is missing`;
    const problem = requiredChecks[field]?.(value[field]);
    if (problem) return `${path}${field}${joiner(problem)}${problem}`;
  }
  for (const [field, check] of Object.entries(optional)) {
    if (value[field] === undefined) continue;
    const problem = check(value[field]);
    if (problem) return `${path}${field}${joiner(problem)}${problem}`;
  }
  return undefined;
}

const objectCheck =
  (fields: Record<string, Check>): Check =>
  (v) => {
    if (!isObject(v)) return 'must be an object';
    for (const [field, check] of Object.entries(fields)) {
      if (v[field] === undefined) continue;
      const problem = check(v[field]);
      if (problem) return `.${field}${joiner(problem)}${problem}`;
    }
    return undefined;
  };

const AUTHOR_FIELDS: Record<string, Check> = {
  displayName: string,
  verified: boolean,
  defaultAvatar: boolean,
  createdAt: string,
  followers: count,
  following: count,
};
const POST_FIELDS: Record<string, Check> = {
  createdAt: string,
  createdAtApproximate: boolean,
  replyTo: string,
  quotes: string,
  links: strings,
  hashtags: strings,
  metrics: objectCheck({ replies: count, reposts: count, likes: count, views: count }),
  platformLabels: strings,
};

export function validateThread(value: unknown): Result<Thread> {
  if (!isObject(value)) return err('a Thread must be a JSON object with "site" and "posts"');
  const top = checkFields(
    value,
    '',
    ['site', 'posts'],
    { url: string, capturedAt: string },
    {
      site: string,
      posts: (v) => (Array.isArray(v) ? undefined : 'must be an array'),
    },
  );
  if (top) return err(top);
  const posts = value.posts as unknown[];
  for (let i = 0; i < posts.length; i++) {
    const post = posts[i];
    const path = `posts[${i}]`;
    if (!isObject(post)) return err(`${path} must be an object`);
    const problem =
      checkFields(post, `${path}.`, ['id', 'author', 'text'], POST_FIELDS, {
        id: string,
        author: (v) => (isObject(v) ? undefined : 'must be an object'),
        text: string,
      }) ?? checkFields(post.author as Json, `${path}.author.`, ['handle'], AUTHOR_FIELDS, { handle: string });
    if (problem) return err(problem);
  }
  return ok(value as unknown as Thread);
}
