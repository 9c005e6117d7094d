// SPFx loc modules are AMD and only exist inside the SPFx bundle; unit tests never need their text.
module.exports = new Proxy({}, { get: (_t, key) => (key === '__esModule' ? false : String(key)) });
