/** @module What the language layer says about a text: sentences, tokens, negation, entities. */

/** Entity types: wink-nlp's, plus version numbers read by shape. */
export type EntityType =
  | 'date'
  | 'time'
  | 'duration'
  | 'number'
  | 'ordinal'
  | 'money'
  | 'percent'
  | 'url'
  | 'email'
  | 'mention'
  | 'hashtag'
  | 'version';

export interface Entity {
  readonly type: EntityType;
  readonly text: string;
  /** character offsets into the analysed text */
  readonly start: number;
  readonly end: number;
}

export interface Token {
  readonly text: string;
  /** lower-cased, contractions expanded ("n't" → "not") */
  readonly normal: string;
  readonly lemma: string;
  /** universal part of speech: NOUN, VERB, AUX, PART, PRON, ADP, SCONJ, PUNCT, NUM … */
  readonly pos: string;
  /** word, number, punctuation, url, email, currency, symbol, emoji … */
  readonly kind: string;
  readonly stop: boolean;
  /** inside the scope of a negation ("not [a bug]", "don't [offer credits]") */
  readonly negated: boolean;
  readonly start: number;
  readonly end: number;
}

export interface Sentence {
  /** the sentence as read: list marker dropped, spaces collapsed, at most 400 characters */
  readonly text: string;
  readonly start: number;
  readonly end: number;
  readonly tokens: readonly Token[];
  /** indexes of the tokens that negate ("not", "no", "never", "without" …) */
  readonly negators: readonly number[];
  readonly question: boolean;
  /** a modal or hedge word: "might", "probably", "I think", "seems" */
  readonly hedged: boolean;
  /** a condition: "if", "unless", "whether" */
  readonly conditional: boolean;
  readonly entities: readonly Entity[];
}

export interface Analysis {
  readonly sentences: readonly Sentence[];
}
