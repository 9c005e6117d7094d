define([], function () {
  return {
    Title: 'Nämndvy',
    Description: 'Planens status för en period, skrivskyddad för nämnden: går att skriva ut och exportera.'
  };
});
