/** The version users see in --version and in the User-Agent of every request to Okta. */
export const VERSION = "0.1.0";
