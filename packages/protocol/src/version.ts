/**
 * The wire protocol's version. It changes only on a breaking change of a
 * schema; additions that old peers can ignore do not bump it. The server
 * reports it in `GET /v1/status` and every route lives under `/v${version}`.
 */
export const PROTOCOL_VERSION = 1;
