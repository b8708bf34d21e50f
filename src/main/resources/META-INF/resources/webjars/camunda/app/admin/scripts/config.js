/* EHC Flow's settings for Camunda Admin (overrides the webjar's config.js): the product's name and UK dates. */
export default {
  app: {
    name: 'Admin',
    vendor: 'EHC Flow'
  },
  dateFormat: {
    monthName: 'MMMM',
    day: 'D',
    abbr: 'D MMM YYYY, HH:mm',
    normal: 'D MMMM YYYY, HH:mm',
    long: 'dddd D MMMM YYYY, HH:mm',
    short: 'D MMMM YYYY'
  }
};
