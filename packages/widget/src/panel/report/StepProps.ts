import type { FieldIssue } from '../coreTypes.ts';

/** What the report flow hands each step. */
export interface StepProps {
  /** The issues of `field` the user should see now (after a visit or a Next). */
  issuesOf: (field: string) => readonly FieldIssue[];
  /** Marks a field as visited, so its issues show. */
  touch: (field: string) => void;
  /**
   * While true the flow hides its Back and Next: the step shows a task with
   * its own way out (the screenshot editor's Attach and Discard), and leaving
   * mid-task would drop the picture unseen.
   */
  holdFooter?: (held: boolean) => void;
}
