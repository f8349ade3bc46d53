// Builds the compact gazetteer file at install time. (Placeholder until the gazetteer build lands.)
console.log('gazetteer: nothing to build yet');
