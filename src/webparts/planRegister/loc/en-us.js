define([], function () {
  return {
    Title: 'Internal control plan',
    Description: 'The internal control plan: risks, controls and measures with their follow-up status.'
  };
});
