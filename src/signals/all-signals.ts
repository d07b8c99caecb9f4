// Every detector by id. Rule signals run on any thread; model signals only when the classifier
// gave post scores (machine-generated is both: its rule half always runs).
import type { SignalId } from '../shared/report.ts';
import { botLikeAccounts } from './bot-like-accounts.ts';
import { crossThreadCopies } from './cross-thread-copies.ts';
import { duplicateReplies } from './duplicate-replies.ts';
import { inauthenticStyle } from './inauthentic-style.ts';
import { linkFlooding } from './link-flooding.ts';
import { machineGenerated } from './machine-generated.ts';
import { platformLabels } from './platform-labels.ts';
import { propagandaLanguage } from './propaganda-language.ts';
import { replyBurst } from './reply-burst.ts';
import { talkingPoints } from './talking-points.ts';
import type { Signal } from './signal.ts';
import { toxicLanguage } from './toxic-language.ts';

// cross-thread-copies needs the cross-thread memory: it is listed only when one is in use.
export const SIGNALS: Record<SignalId, { run: Signal; needsModel: boolean; needsMemory?: boolean }> = {
  'duplicate-replies': { run: duplicateReplies, needsModel: false },
  'reply-burst': { run: replyBurst, needsModel: false },
  'bot-like-accounts': { run: botLikeAccounts, needsModel: false },
  'link-flooding': { run: linkFlooding, needsModel: false },
  'platform-labels': { run: platformLabels, needsModel: false },
  'talking-points': { run: talkingPoints, needsModel: false },
  'cross-thread-copies': { run: crossThreadCopies, needsModel: false, needsMemory: true },
  'machine-generated': { run: machineGenerated, needsModel: false },
  'inauthentic-style': { run: inauthenticStyle, needsModel: true },
  'toxic-language': { run: toxicLanguage, needsModel: true },
  'propaganda-language': { run: propagandaLanguage, needsModel: true },
};
