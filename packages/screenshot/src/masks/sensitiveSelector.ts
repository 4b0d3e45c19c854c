/**
 * Elements masked in every tab capture. `autocomplete` holds space-separated
 * tokens (`section-pay billing cc-number`), hence `~=`; `i` because browsers
 * match those tokens case-insensitively. Passwords are masked whether or not
 * their field is `type=password` at the moment ("show password" toggles flip it).
 */
export const SENSITIVE_SELECTOR = [
  'input[type="password" i]',
  ...[
    'current-password',
    'new-password',
    'one-time-code',
    'cc-number',
    'cc-csc',
    'cc-exp',
    'cc-exp-month',
    'cc-exp-year',
  ].map((token) => `[autocomplete~="${token}" i]`),
  '[data-destek-mask]',
].join(',');

/** Embedded content that may come from another origin; masked whole when it does (payment forms live there). */
export const FRAME_SELECTOR = 'iframe,frame,embed,object';
