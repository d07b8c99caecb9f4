// UTF-8 text chunks of a byte stream (a file or stdin): a character split across two reads is decoded whole.

export async function* textChunks(stream: AsyncIterable<unknown>): AsyncGenerator<string> {
  const decoder = new TextDecoder('utf-8');
  for await (const chunk of stream) {
    if (typeof chunk === 'string') yield chunk;
    else yield decoder.decode(chunk as Uint8Array, { stream: true });
  }
  const rest = decoder.decode();
  if (rest) yield rest;
}
