import type { MethodDefinition } from "../../../content/types";
import { lookBackPhase } from "./look-back";
import { rules, spokenOnly } from "./rules";

export const incidentmethode: MethodDefinition = {
  key: "incidentmethode",
  name: { nl: "Incidentmethode", en: "Incident method" },
  summary: {
    nl: "Iedereen brengt kort een casus in en de groep kiest er één. Na feitelijke vragen analyseert de groep de casus en geeft advies terwijl de inbrenger luistert; de inbrenger zegt wat bruikbaar is.",
    en: "Everyone briefly pitches a case and the group chooses one. After factual questions the group analyses the case and gives advice while the case owner listens; the case owner says what is useful.",
  },
  phases: [
    lookBackPhase,
    {
      kind: "pitch",
      title: { nl: "Casussen inbrengen", en: "Pitching cases" },
      instruction: {
        nl: "Beschrijf in een paar zinnen een casus uit je werk waar je hulp bij wilt.",
        en: "Describe, in a few sentences, a case from your work that you would like help with.",
      },
      durationMinutes: 10,
      rules: rules({ whoMayPost: "everyone", postKinds: ["pitch"], quota: 1 }),
    },
    {
      kind: "choose_case",
      title: { nl: "Casus kiezen", en: "Choosing a case" },
      instruction: {
        nl: "De groep kiest één casus om vandaag te bespreken. De inbrenger van die casus krijgt de hulp van de groep.",
        en: "The group chooses one case to discuss today. The owner of that case gets the group's help.",
      },
      durationMinutes: 5,
      rules: spokenOnly(),
    },
    {
      kind: "clarify",
      title: { nl: "Vragenronde", en: "Question round" },
      instruction: {
        nl: "Stel alleen feitelijke vragen, zodat de casus helder wordt. Nog geen meningen of adviezen.",
        en: "Ask factual questions only, so the case becomes clear. No opinions or advice yet.",
      },
      durationMinutes: 10,
      rules: rules({ whoMayPost: "all_but_owner", postKinds: ["question"] }),
    },
    {
      kind: "analysis",
      title: { nl: "Analyse", en: "Analysis" },
      instruction: {
        nl: "De groep analyseert de casus: wat speelt hier, wat valt op? De inbrenger luistert nu alleen en maakt aantekeningen.",
        en: "The group analyses the case: what is going on, what stands out? The case owner only listens now and takes notes.",
      },
      durationMinutes: 15,
      rules: rules({
        whoMayPost: "all_but_owner",
        postKinds: ["analysis", "association"],
        ownerSilent: true,
      }),
    },
    {
      kind: "advice",
      title: { nl: "Adviesronde", en: "Advice round" },
      instruction: {
        nl: "Iedereen geeft een concreet advies aan de inbrenger. De inbrenger luistert en reageert nog niet.",
        en: "Everyone gives the case owner a concrete piece of advice. The case owner listens and does not respond yet.",
      },
      durationMinutes: 15,
      rules: rules({ whoMayPost: "all_but_owner", postKinds: ["advice"], ownerSilent: true }),
    },
    {
      kind: "response",
      title: { nl: "Reactie van de inbrenger", en: "The case owner responds" },
      instruction: {
        nl: "De inbrenger vertelt wat bruikbaar is en waar hij of zij mee verder gaat.",
        en: "The case owner says what is useful and what they will take forward.",
      },
      durationMinutes: 10,
      rules: rules({ whoMayPost: "owner_only", postKinds: ["response"] }),
    },
    {
      kind: "action_points",
      title: { nl: "Actiepunten", en: "Action points" },
      instruction: {
        nl: "Spreek af wie wat doet en wanneer. We kijken er de volgende keer op terug.",
        en: "Agree who does what, and by when. We will look back on it next time.",
      },
      durationMinutes: 10,
      rules: spokenOnly(),
    },
    {
      kind: "evaluation",
      title: { nl: "Evaluatie", en: "Evaluation" },
      instruction: {
        nl: "Hoe ging het gesprek? Wat neem je mee voor je eigen werk?",
        en: "How did the conversation go? What do you take away for your own work?",
      },
      durationMinutes: 5,
      rules: rules({ whoMayPost: "everyone", postKinds: ["reflection"] }),
    },
  ],
};
