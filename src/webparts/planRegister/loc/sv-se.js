define([], function () {
  return {
    Title: 'Internkontrollplan',
    Description: 'Internkontrollplanen: risker, kontrollmoment och åtgärder med uppföljningsstatus.'
  };
});
