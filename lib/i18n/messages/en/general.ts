import type { Messages } from "../nl";

/** Every page: the site, sign-in, the overview, errors and limits. */
export const general: Pick<
  Messages,
  | "meta"
  | "common"
  | "errors"
  | "landing"
  | "auth"
  | "dashboard"
  | "access"
  | "textHygiene"
  | "faults"
  | "anonymity"
  | "liveLimits"
> = {
  meta: {
    title: "Kring — live intervision",
    description:
      "Kring guides live intervision sessions: methods with phases, lessons as conversation starters, and action points the group follows up.",
  },
  common: {
    appName: "Kring",
    skipToContent: "Skip to content",
    mainNavigation: "Main menu",
    signIn: "Sign in",
    signUp: "Create account",
    signOut: "Sign out",
    dashboard: "Dashboard",
    decks: "Lessons",
    groups: "Groups",
    archive: "Archive",
    language: "Language",
    languageName: "English",
    switchLanguage: "Naar Nederlands",
    minutes: "{count} min",
    back: "Back",
    signedInAs: "Signed in as {name}",
  },
  errors: {
    badRequest: "That request is not valid. Check what you entered and try again.",
    unauthenticated: "Sign in as a facilitator to do this.",
    forbidden: "Your role does not allow that.",
    notFound: "That does not exist (any more).",
    tooLarge: "That message is too large.",
    rateLimited: "Too many attempts. Wait a moment, then try again.",
    conflict: "Someone else just changed this. Look at the latest version and try again.",
    internal: "Something went wrong on our side. Please try again; nothing was lost.",
    // Faults
    unavailable: "Saving is paused for a moment. What you wrote is kept and sent as soon as it can be.",
    busy: "It is very busy for a moment. What you wrote is kept and sent again shortly.",
    pageNotFoundTitle: "This page does not exist",
    pageNotFoundBody: "The address is wrong, or the page has moved.",
    toHome: "Go to the home page",
  },
  landing: {
    eyebrow: "Live intervision for professionals",
    title: "Learn together from real cases, with your peers' lessons on the table.",
    lead: "Kring guides an intervision session from start to finish. The facilitator picks a method and deals lessons as conversation starters; participants respond from their laptops. Reactions, decisions and action points are kept, and the next session opens with what became of them.",
    joinTitle: "Join a session",
    joinHelp: "Type the code your facilitator shows. You do not need an account.",
    joinCodeLabel: "Session code",
    joinButton: "Join",
    facilitatorTitle: "Facilitator?",
    facilitatorBody: "Create an account to prepare and lead sessions.",
    featureMethodsTitle: "Methods as a script",
    featureMethodsBody:
      "Incident method, gossip method, lessons round and more: every phase with its own rules and time.",
    featureLessonsTitle: "Lessons as prompts",
    featureLessonsBody: "Twenty-four lessons on tenant participation, in four themes, to deal out or draw at random.",
    featureFollowUpTitle: "Action points that last",
    featureFollowUpBody: "What the group agrees comes back next time. Nothing is lost, not even when the Wi-Fi drops.",
    browseLessons: "Browse the lessons",
  },
  auth: {
    signIn: {
      title: "Sign in as a facilitator",
      lead: "Participants need no account: they join with a code.",
      submit: "Sign in",
      noAccount: "No account yet?",
      createOne: "Create one",
    },
    signUp: {
      title: "Create account",
      lead: "With an account you prepare, lead and review sessions.",
      submit: "Create account",
      haveAccount: "Already have an account?",
      signInInstead: "Sign in",
    },
    fields: {
      name: "Name",
      nameHint: "This is how participants see you.",
      email: "Email address",
      password: "Password",
      passwordHint: "At least 10 characters, with letters and a digit or punctuation mark.",
    },
    errors: {
      nameRequired: "Enter your name.",
      nameTooLong: "Your name can have at most 80 characters.",
      emailInvalid: "Enter a valid email address, like name@housing.org.",
      passwordRequired: "Enter your password.",
      passwordTooShort: "Your password needs at least 10 characters.",
      passwordTooLong: "Your password can have at most 200 characters.",
      passwordTooSimple: "Use letters and at least one digit or punctuation mark.",
      emailTaken: "There is already an account with this email address. Sign in, or use another address.",
      unknownEmail: "There is no account with this email address. Check the address or create an account.",
      wrongPassword: "That password is not correct.",
      tooManyAttempts: "Too many failed attempts. Try again in {seconds} seconds.",
      generic: "Signing in did not work. Please try again.",
    },
  },
  dashboard: {
    title: "Welcome, {name}",
    lead: "This is where you prepare sessions and find them again.",
    sessionsTitle: "Your sessions",
    emptyTitle: "You have no sessions yet",
    emptyBody:
      "A session is ready in a minute: pick a method and the lessons, open the session and let your group join with the code or the QR code. There is a method for every question; the Lesson round is a good start.",
    emptyAction: "Start your first session",
    emptyBrowse: "Browse the lessons first",
    groupNewSession: "New session with {group}",
    methodsTitle: "Methods",
    methodsLead: "Each method is a series of phases with their own rules. You can adapt them per session.",
    phaseCount: "{count} phases",
    totalDuration: "about {minutes} minutes",
    groupsTitle: "Your groups",
    groupsAll: "All groups",
    groupsEmptyTitle: "Do you work with a regular group?",
    groupsEmptyBody:
      "Create an intervision group with the colleagues who take part. Its members and all its sessions are then kept together.",
    groupsEmptyAction: "Create a group",
  },
  access: {
    badCredentials:
      "This e-mail address and password do not belong together, or there is no account with this address.",
    passwordCommon:
      "This password (or a variant of it) is on the list of commonly used passwords. Choose something else.",
    registered:
      "If this e-mail address was new to Kring, your account has been created. Sign in now with your e-mail address and password. Already had an account? Then sign in with your existing password.",
    askFacilitatorTitle: "Ask the facilitator for the link",
    askFacilitatorBody:
      "You cannot join from this page. Ask the facilitator for the join link or the session code, and join with that.",
    rejoinRemoved: "The facilitator removed you from this session. You cannot join it again from this device.",
    sessionLocked: "This session is closed to new participants. Ask the facilitator to open it.",
    tooManyTries: "Too many attempts with session codes. Please try again in {seconds} seconds.",
    lock: "Close to new participants",
    unlock: "Open to new participants",
    lockedState: "Closed: nobody new can join.",
    openState: "Open: anyone with the code can join.",
    projectorLocked: "Joining is closed",
  },
  textHygiene: {
    controlCharacters:
      "This text holds an invisible control character (such as a NUL byte or a text-direction mark). Remove it and try again; nothing was saved.",
  },
  faults: {
    savingPaused: "Saving is paused for a moment. What you type is kept and sent as soon as it can be.",
    returned: "Not posted: {message} Your text is back in the writing box.",
  },
  anonymity: {
    reactedCount: "{count} of {total} have reacted",
    reactedCountOne: "1 of {total} has reacted",
  },
  liveLimits: {
    roundFull: "This round has the most contributions allowed. Nothing was added.",
    sessionFull:
      "This session already stores the most contributions, cases and action points allowed. Nothing was added.",
  },
};
