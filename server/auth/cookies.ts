/** next-auth's session cookie: the plain name over http, the __Secure- one over https. */
export const SESSION_COOKIE_NAMES = ["authjs.session-token", "__Secure-authjs.session-token"] as const;
