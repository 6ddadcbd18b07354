// wink's lemmatizer exception tables (verbs, nouns, adjectives), as one CommonJS export. Imported
// one by one from an ES module, each table's ~2,000 keys were copied into a namespace object of
// getters when the bundled CLI started (~18 ms CPU); one array of the three costs nothing.
module.exports = [
  require('wink-eng-lite-web-model/dist/wn-verb-exceptions.js'),
  require('wink-eng-lite-web-model/dist/wn-noun-exceptions.js'),
  require('wink-eng-lite-web-model/dist/wn-adjective-exceptions.js'),
];
