export { type AgentDriver, backendConformance } from '@destek/core/conformance';
