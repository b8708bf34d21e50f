/* EHC Flow's settings for the Camunda webapps' welcome page (overrides the webjar's config.js). */
export default {
  app: {
    name: 'Welcome',
    vendor: 'EHC Flow'
  }
};
