/** @module Content words of a text for extraction: lower-cased, stop words dropped, in order (the cite check uses the eval's rule, eval/claim-supported). */

const STOP = new Set(
  `a an the and or but if of to in on at by for with from as is are was were be been being it its
this that these those we our us you your they their them he she his her i me my not no so do does
did done have has had can could will would should may might just also than then there here what
when which who whom how why all any some into out up down over about after before again very`.split(/\s+/),
);

/** Lower-cased words of three or more letters/digits that are not stop words, in order. */
export function contentWords(text: string): string[] {
  const words = text.toLowerCase().match(/[\p{L}\p{N}][\p{L}\p{N}_'-]*/gu) ?? [];
  return words.filter((w) => (w.length >= 3 || /\d/.test(w)) && !STOP.has(w));
}
