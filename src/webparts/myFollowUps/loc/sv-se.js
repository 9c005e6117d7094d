define([], function () {
  return {
    Title: 'Mina uppföljningar',
    Description: 'Uppföljningarna du ansvarar för, där du besvarar statusbegäranden.'
  };
});
