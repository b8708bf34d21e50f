/*
 * EHC Flow's settings for Camunda Cockpit (overrides the webjar's config.js): the product's name, dates as an
 * English council writes them, and links to the product's pages (the managers' caseloads, the designers' models), which share this sign-in.
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
  customScripts: ['ehcflow/product-links']
};
