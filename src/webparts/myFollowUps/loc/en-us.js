define([], function () {
  return {
    Title: 'My follow-ups',
    Description: 'The follow-ups you are responsible for, where you answer status requests.'
  };
});
