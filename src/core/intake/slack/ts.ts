/** @module Slack `ts` strings ("1795096931.001100"): ordering and UTC times without float loss. */
import { compareText } from '../../render/compare.js';

export const SLACK_TS = /^\d{9,10}\.\d{6}$/;

/** Orders two Slack ts strings exactly (seconds, then microseconds), never through a float. */
export function compareTs(a: string, b: string): number {
  const [aSec = '', aMicro = ''] = a.split('.');
  const [bSec = '', bMicro = ''] = b.split('.');
  const secs = compareText(aSec.padStart(12, '0'), bSec.padStart(12, '0'));
  return secs !== 0 ? secs : compareText(aMicro.padEnd(6, '0'), bMicro.padEnd(6, '0'));
}

/** The UTC ISO time of a Slack ts (millisecond precision), or null when it is not a ts. */
export function tsToIso(ts: unknown): string | null {
  if (typeof ts !== 'string' || !/^\d{9,10}(\.\d{1,6})?$/.test(ts)) return null;
  const [sec = '0', micro = ''] = ts.split('.');
  const ms = Number(sec) * 1000 + Math.floor(Number(micro.padEnd(6, '0')) / 1000);
  return new Date(ms).toISOString();
}
