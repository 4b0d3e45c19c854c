/**
 * The seam between choosing files for the chat and sending them: today every
 * file goes as chosen, and core checks its type, size and count. Images are
 * to pass through the screenshot pipeline here (masking, compression, the
 * pixel and decode checks that refuse a file as `too_many_pixels` or
 * `unreadable`) before they are uploaded, as the report's files step does.
 */
export async function prepareChatFiles(files: readonly File[]): Promise<File[]> {
  return [...files];
}
