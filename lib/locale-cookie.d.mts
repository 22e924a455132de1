export const LOCALE_COOKIE: "sigap-lang";
