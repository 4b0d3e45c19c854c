/** An error code found in text (`PMT-105` of family `PMT`), as the classifier returns it. */
export interface DetectedErrorCode {
  readonly code: string;
  readonly family: string;
}

/** The classifier's `detectErrorCode`, injectable so the report builder can be tested alone. */
export type ErrorCodeDetector = (text: string) => DetectedErrorCode | null;
