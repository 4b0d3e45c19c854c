import type { JSX, TargetedEvent } from 'preact';
import { useT } from '../../i18n/useT.ts';
import type { FieldIssue } from '../coreTypes.ts';
import { issueText } from '../words/issueText.ts';
import { fieldId } from './fieldId.ts';

export interface TextFieldProps {
  /** The draft field (`summary`, `stepsTried.0`): names the id and picks the issues. */
  field: string;
  label: string;
  help?: string;
  value: string;
  onInput: (value: string) => void;
  /** Issues of this field to show now (the caller decides when a field has been visited). */
  issues: readonly FieldIssue[];
  multiline?: boolean;
  type?: 'text' | 'email';
  autoComplete?: string;
  maxLength?: number;
  hideLabel?: boolean;
  onBlur?: () => void;
}

/**
 * A labelled input or textarea with its help and issues. Issues are linked by
 * `aria-describedby`, and an error sets `aria-invalid`, so a screen reader
 * reads the problem with the field.
 */
export function TextField(props: TextFieldProps): JSX.Element {
  const t = useT();
  const id = fieldId(props.field);
  const helpId = `${id}-help`;
  const issueId = `${id}-issue`;
  const invalid = props.issues.some((i) => i.severity === 'error');
  const describedBy = [props.help ? helpId : '', props.issues.length > 0 ? issueId : '']
    .filter(Boolean)
    .join(' ');
  const common = {
    id,
    class: props.multiline ? 'textarea' : 'input',
    value: props.value,
    'aria-invalid': invalid ? ('true' as const) : undefined,
    'aria-describedby': describedBy || undefined,
    maxLength: props.maxLength,
    onInput: (event: TargetedEvent<HTMLInputElement | HTMLTextAreaElement>) =>
      props.onInput(event.currentTarget.value),
    onBlur: props.onBlur,
  };
  return (
    <div class="field">
      <label for={id} class={props.hideLabel ? 'sr-only' : undefined}>
        {props.label}
      </label>
      {props.help ? (
        <p class="help" id={helpId}>
          {props.help}
        </p>
      ) : null}
      {props.multiline ? (
        <textarea {...common} rows={4} />
      ) : props.type === 'email' ? (
        <input {...common} type="email" autoComplete={props.autoComplete} />
      ) : (
        <input {...common} type="text" autoComplete={props.autoComplete} />
      )}
      {props.issues.length > 0 ? (
        <div id={issueId}>
          {props.issues.map((issue) => (
            <p key={issue.code} class={issue.severity === 'error' ? 'issue' : 'issue warning'}>
              {issueText(t, issue)}
            </p>
          ))}
        </div>
      ) : null}
    </div>
  );
}
