define([], function () {
  return {
    Title: 'Board view',
    Description: 'Read-only status of a plan for a period, for the board: printable and exportable.'
  };
});
