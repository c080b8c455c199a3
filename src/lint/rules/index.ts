/**
 * The rules, in id order, one file each (`end-time.ts` and `item-numbers.ts` hold what two rules
 * share). Ids are never reused: a retired rule stays here as a comment.
 */
import type { Rule } from "../rule.js";
import { headerIncomplete } from "./header-incomplete.js";
import { weekdayMismatch } from "./weekday-mismatch.js";
import { endTimeMissing } from "./end-time-missing.js";
import { endTimeInvalid } from "./end-time-invalid.js";
import { htmlTag } from "./html-tag.js";
import { unbalancedEmphasis } from "./unbalanced-emphasis.js";
import { emptyLink } from "./empty-link.js";
import { itemNumberSequence } from "./item-number-sequence.js";
import { itemNumberGap } from "./item-number-gap.js";
import { itemNumberDisplaced } from "./item-number-displaced.js";
import { itemNoTitle } from "./item-no-title.js";
import { clauseSequence } from "./clause-sequence.js";
import { presentAndApologies } from "./present-and-apologies.js";
import { substituteWithoutApology } from "./substitute-without-apology.js";
import { chairNotAttendee } from "./chair-not-attendee.js";
import { questionNoResponse } from "./question-no-response.js";
import { resolutionNoText } from "./resolution-no-text.js";
import { draftMarker } from "./draft-marker.js";
import { nameSpelling } from "./name-spelling.js";
import { unplacedText } from "./unplaced-text.js";

export const rules: readonly Rule[] = [
  headerIncomplete, // MIN001
  weekdayMismatch, // MIN002
  endTimeMissing, // MIN003
  endTimeInvalid, // MIN004
  htmlTag, // MIN005
  unbalancedEmphasis, // MIN006
  emptyLink, // MIN007
  itemNumberSequence, // MIN008
  itemNumberDisplaced, // MIN009
  itemNoTitle, // MIN010
  clauseSequence, // MIN011
  presentAndApologies, // MIN012
  substituteWithoutApology, // MIN013
  chairNotAttendee, // MIN014
  questionNoResponse, // MIN015
  resolutionNoText, // MIN016
  draftMarker, // MIN017
  nameSpelling, // MIN018
  unplacedText, // MIN019
  itemNumberGap, // MIN020
];

/** A rule by id or alias. */
export function findRule(key: string): Rule | undefined {
  const k = key.toLowerCase();
  return rules.find((r) => r.id.toLowerCase() === k || r.alias === k);
}
