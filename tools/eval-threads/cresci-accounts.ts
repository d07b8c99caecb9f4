// Account profiles from Cresci et al. 2017 (../shared/data/raw/cresci2017-users): 3,474 genuine
// accounts and 991 "social spambots", as the Author fields a thread would show for them.
import { join } from 'node:path';
import type { Author } from '../../src/shared/thread.ts';
import { csvFileRows } from './csv-file-rows.ts';

export interface CresciAccounts {
  genuine: Author[];
  spambots: Author[];
}

export async function loadCresciAccounts(dataDir: string): Promise<CresciAccounts> {
  const dir = join(dataDir, 'raw/cresci2017-users');
  return { genuine: await readProfiles(join(dir, 'genuine_users.csv')), spambots: await readProfiles(join(dir, 'spam_user.csv')) };
}

async function readProfiles(path: string): Promise<Author[]> {
  const out: Author[] = [];
  for await (const row of csvFileRows(path)) {
    const handle = row.screen_name ?? '';
    if (handle === '') continue;
    const created = Date.parse(row.created_at ?? ''); // "Tue Jun 11 11:20:35 +0000 2013": Date.parse reads it
    const author: Author = { handle, defaultAvatar: row.default_profile_image === '1' };
    if (row.name) author.displayName = row.name;
    if (!Number.isNaN(created)) author.createdAt = new Date(created).toISOString();
    const followers = Number(row.followers_count);
    const following = Number(row.friends_count);
    if (row.followers_count !== '' && Number.isInteger(followers) && followers >= 0) author.followers = followers;
    if (row.friends_count !== '' && Number.isInteger(following) && following >= 0) author.following = following;
    out.push(author);
  }
  return out;
}
