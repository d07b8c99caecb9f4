// What a store upload of the extension weighs: the same zip writer as `npm run package`.
export { zipFolder } from '../build/zip.ts';
