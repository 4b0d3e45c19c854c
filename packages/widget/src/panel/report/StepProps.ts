import type { FieldIssue } from '../coreTypes.ts';

/** What the report flow hands each step. */
export interface StepProps {
  /** The issues of `field` the user should see now (after a visit or a Next). */
  issuesOf: (field: string) => readonly FieldIssue[];
  /** Marks a field as visited, so its issues show. */
  touch: (field: string) => void;
}
