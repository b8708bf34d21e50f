/*
 * EHC Flow: every date field of every form reads and shows dd/mm/yyyy, whatever the browser's language.
 *
 * Camunda Forms' date picker takes its format from the browser's default locale (new Intl.DateTimeFormat('default')),
 * so a browser set to American English reads "05/01/2026" as 1 May: a statutory clock counted from the wrong day.
 * Tasklist is an English council's tool, so here the default locale for dates is British English. A locale a script
 * asks for by name is left as asked.
 */
const BROWSER_DEFAULT = Intl.DateTimeFormat;
const BRITISH = 'en-GB';

function isDefault(locales) {
  return locales === undefined || locales === 'default' || (Array.isArray(locales) && locales.length === 0);
}

function BritishDateTimeFormat(locales, options) {
  return new BROWSER_DEFAULT(isDefault(locales) ? BRITISH : locales, options);
}
BritishDateTimeFormat.prototype = BROWSER_DEFAULT.prototype;
BritishDateTimeFormat.supportedLocalesOf = BROWSER_DEFAULT.supportedLocalesOf.bind(BROWSER_DEFAULT);

if (!Intl.DateTimeFormat.ehcflowBritish) {
  BritishDateTimeFormat.ehcflowBritish = true;
  Intl.DateTimeFormat = BritishDateTimeFormat;
  const toLocaleDateString = Date.prototype.toLocaleDateString;
  Date.prototype.toLocaleDateString = function (locales, options) {
    return toLocaleDateString.call(this, isDefault(locales) ? BRITISH : locales, options);
  };
}

export default [];
