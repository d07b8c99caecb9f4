// stopword 3.1.5 ships no types; Threadlens uses only its English list.
declare module 'stopword' {
  export const eng: string[];
}
