import type { SseEvent } from '@destek/protocol';
import { type LiveEvent, liveEventSchema, validate } from '@destek/protocol';

/**
 * The live event in one SSE frame, or `undefined` when the frame is not a
 * valid event. The data is the event's JSON; a payload without `type` takes
 * it from the frame's `event:` name.
 */
export function parseLiveFrame(frame: SseEvent): LiveEvent | undefined {
  let data: unknown;
  try {
    data = JSON.parse(frame.data);
  } catch {
    return undefined;
  }
  if (typeof data === 'object' && data !== null && !Array.isArray(data) && !('type' in data)) {
    data = { type: frame.event, ...data };
  }
  const checked = validate(liveEventSchema, data);
  return checked.ok ? checked.value : undefined;
}
