// How often each account trait of bot-like-accounts fires on genuine accounts and on spambots
// (Cresci 2017 profiles), and how many of each come out odd-looking. These are the figures
// docs/scoring.md reports; the thresholds in src/signals were set from them.
import type { Author } from '../../src/shared/thread.ts';
import type { AccountTrait } from '../../src/signals/account-traits.ts';
import { ACCOUNT_TRAITS, ODD_ACCOUNT_SUSPICION, accountSuspicion, accountTraits } from '../../src/signals/account-traits.ts';

export interface TraitRates {
  accounts: number;
  /** share of accounts on which each trait fires */
  traits: Record<AccountTrait, number>;
  /** share of accounts at or above ODD_ACCOUNT_SUSPICION */
  odd: number;
}

/**
 * `now` is when the profiles were crawled: account age is measured then, which is the age a thread
 * of that time would show. Display names are not compared (there is no thread to compare within).
 */
export function traitRates(accounts: readonly Author[], now: number): TraitRates {
  const counts = Object.fromEntries(Object.keys(ACCOUNT_TRAITS).map((t) => [t, 0])) as Record<AccountTrait, number>;
  let odd = 0;
  for (const author of accounts) {
    const traits = accountTraits({ author, postedAt: now, sharesDisplayName: false }, now);
    for (const t of traits) counts[t]++;
    if (accountSuspicion(traits) >= ODD_ACCOUNT_SUSPICION) odd++;
  }
  const n = Math.max(1, accounts.length);
  const traits = Object.fromEntries(Object.entries(counts).map(([t, c]) => [t, c / n])) as Record<AccountTrait, number>;
  return { accounts: accounts.length, traits, odd: odd / n };
}
