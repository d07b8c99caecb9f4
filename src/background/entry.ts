// The background's bundle entry.
import { start } from './background-main.ts';

start();
