import type { JSX } from 'preact';
import { usePanel } from '../PanelServices.ts';
import type { ImageQueue } from './useImageQueue.ts';

export interface ImageQueueEditorProps {
  queue: ImageQueue;
  /** Takes the finished (masked, compressed) file: the report's files or the chat's. */
  attach: (file: File) => void;
  /** Called once the last queued image is attached or discarded (to put focus back). */
  afterLast: () => void;
}

/** The editor for the first queued image, or nothing while none waits or the chunk is loading. */
export function ImageQueueEditor({
  queue,
  attach,
  afterLast,
}: ImageQueueEditorProps): JSX.Element | null {
  const { now } = usePanel();
  const current = queue.items.value[0];
  const Editor = queue.kit.value?.ScreenshotEditor;
  if (!current || !Editor) return null;
  const done = () => {
    queue.drop(current);
    if (queue.items.value.length === 0) queueMicrotask(afterLast);
  };
  return (
    <Editor
      key={current.id}
      image={current.image}
      masked={current.masked}
      position={queue.position()}
      onAttach={async (edits) => {
        attach(await queue.finish(current, edits, now()));
        done();
      }}
      onDiscard={done}
    />
  );
}
