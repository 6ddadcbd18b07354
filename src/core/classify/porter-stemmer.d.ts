/** wink's Porter2 stemmer, shipped inside the English model package (CommonJS, no types of its own). */
declare module 'wink-eng-lite-web-model/dist/porter-stemmer.js' {
  const stem: (word: string) => string;
  export default stem;
}
