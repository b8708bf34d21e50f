/*
 * EHC Flow's settings for Camunda Cockpit (overrides the webjar's config.js): the product's name, dates as an
 * English council writes them, and a link to the managers' caseload view (/caseloads), which shares this sign-in.
 */
export default {
  app: {
    name: 'Cockpit',
    vendor: 'EHC Flow'
  },
  dateFormat: {
    monthName: 'MMMM',
    day: 'D',
    abbr: 'D MMM YYYY, HH:mm',
    normal: 'D MMMM YYYY, HH:mm',
    long: 'dddd D MMMM YYYY, HH:mm',
    short: 'D MMMM YYYY'
  },
  customScripts: ['ehcflow/caseloads-link']
};
