import type { MethodDefinition } from "../../../content/types";
import { rules, spokenOnly } from "./rules";

export const vijfstappenmethode: MethodDefinition = {
  key: "vijfstappenmethode",
  name: { nl: "Vijfstappenmethode", en: "Five-step method" },
  summary: {
    nl: "De klassieke intervisie in vijf stappen: casus kiezen en vraag formuleren, verhelderende vragen, probleemdefinitie, adviezen en evaluatie. Geschikt voor elke groep en elk soort vraag.",
    en: "The classic intervision in five steps: choose a case and formulate the question, clarifying questions, problem definition, advice and evaluation. Suits any group and any kind of question.",
  },
  phases: [
    {
      kind: "pitch",
      title: { nl: "Stap 1: casussen inbrengen", en: "Step 1: pitching cases" },
      instruction: {
        nl: "Beschrijf in een paar zinnen een casus uit je werk waar je een vraag over hebt.",
        en: "Describe, in a few sentences, a case from your work that you have a question about.",
      },
      durationMinutes: 10,
      rules: rules({ whoMayPost: "everyone", postKinds: ["pitch"], quota: 1 }),
    },
    {
      kind: "choose_case",
      title: {
        nl: "Stap 1: casus kiezen en vraag formuleren",
        en: "Step 1: choosing the case and formulating the question",
      },
      instruction: {
        nl: "De groep kiest één casus. De inbrenger vertelt de casus en formuleert de vraag aan de groep.",
        en: "The group chooses one case. The case owner tells the case and formulates the question for the group.",
      },
      durationMinutes: 10,
      rules: spokenOnly(),
    },
    {
      kind: "clarify",
      title: { nl: "Stap 2: verhelderende vragen", en: "Step 2: clarifying questions" },
      instruction: {
        nl: "Stel vragen die de casus verhelderen. Geen adviezen, geen oplossingen in vraagvorm.",
        en: "Ask questions that clarify the case. No advice, and no solutions dressed up as questions.",
      },
      durationMinutes: 15,
      rules: rules({ whoMayPost: "all_but_owner", postKinds: ["question"] }),
    },
    {
      kind: "response",
      title: { nl: "Stap 3: probleemdefinitie", en: "Step 3: defining the problem" },
      instruction: {
        nl: "De inbrenger formuleert de vraag opnieuw: wat is nu precies het probleem, en welke hulp wil je van de groep?",
        en: "The case owner formulates the question again: what exactly is the problem now, and what help do you want from the group?",
      },
      durationMinutes: 5,
      rules: rules({ whoMayPost: "owner_only", postKinds: ["response"], quota: 1 }),
    },
    {
      kind: "advice",
      title: { nl: "Stap 4: adviesronde", en: "Step 4: advice round" },
      instruction: {
        nl: "Iedereen geeft om de beurt een advies dat past bij de vraag. De inbrenger luistert en reageert nog niet.",
        en: "Everyone in turn gives advice that fits the question. The case owner listens and does not respond yet.",
      },
      durationMinutes: 15,
      rules: rules({ whoMayPost: "all_but_owner", postKinds: ["advice"], ownerSilent: true }),
    },
    {
      kind: "evaluation",
      title: { nl: "Stap 5: evaluatie", en: "Step 5: evaluation" },
      instruction: {
        nl: "De inbrenger zegt welke adviezen bruikbaar zijn. Daarna kijkt de groep terug: wat heb je geleerd, hoe ging het gesprek?",
        en: "The case owner says which advice is useful. Then the group looks back: what did you learn, how did the conversation go?",
      },
      durationMinutes: 10,
      rules: rules({ whoMayPost: "everyone", postKinds: ["reflection"] }),
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
  ],
};
