/** Events a host can listen to with `on`. */
export interface WidgetEvents extends Record<string, unknown> {
  ready: undefined;
  open: undefined;
  close: undefined;
  /** A report was acknowledged by the backend. */
  'report:sent': { reference: string };
  /** A new message from support arrived. */
  message: { conversationId: string; text: string };
  /** The count of unread replies changed. */
  unread: { count: number };
  /** Something failed that the host may want to log. */
  error: { code: string; message: string };
}
