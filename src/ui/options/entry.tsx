// The options page's bundle entry.
import { start } from './options-main.tsx';

void start(document);
