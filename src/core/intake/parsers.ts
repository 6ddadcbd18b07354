/** @module Every format parser, in one list; detection picks the highest score. */
import type { FormatParser } from '../model/intake.js';
import { accountParsers } from './account.js';
import { draftParsers } from './draft.js';
import { emlParsers } from './eml.js';
import { freshdeskParsers } from './freshdesk.js';
import { harParsers } from './har.js';
import { helpscoutParsers } from './helpscout.js';
import { intercomParsers } from './intercom.js';
import { logParsers } from './log.js';
import { manifestParsers } from './manifest.js';
import { notesParsers } from './notes.js';
import { screenshotParsers } from './screenshot.js';
import { slackExportParsers } from './slack-export.js';
import { slackPasteParsers } from './slack-paste.js';
import { statuspageParsers } from './statuspage.js';
import { teamsParsers } from './teams.js';
import { unreadJsonParsers } from './unread-json.js';
import { zendeskParsers } from './zendesk.js';

export const PARSERS: readonly FormatParser[] = [
  ...screenshotParsers,
  ...harParsers,
  ...zendeskParsers,
  ...intercomParsers,
  ...helpscoutParsers,
  ...freshdeskParsers,
  ...statuspageParsers,
  ...teamsParsers,
  ...slackExportParsers,
  ...emlParsers,
  ...slackPasteParsers,
  ...manifestParsers,
  ...logParsers,
  ...accountParsers,
  ...draftParsers,
  ...unreadJsonParsers,
  ...notesParsers,
];
