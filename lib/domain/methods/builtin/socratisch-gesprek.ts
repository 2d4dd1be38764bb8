import type { MethodDefinition } from "../../../content/types";
import { rules } from "./rules";

export const socratischGesprek: MethodDefinition = {
  key: "socratisch-gesprek",
  name: { nl: "Socratisch gesprek", en: "Socratic dialogue" },
  summary: {
    nl: "Vanuit een concreet voorbeeld van de inbrenger schrijft iedereen vragen op. De inbrenger beantwoordt de vragen die hem of haar raken, en de groep zoekt samen naar de inzichten erachter.",
    en: "Starting from a concrete example from the case owner, everyone writes down questions. The case owner answers the questions that resonate, and the group looks together for the insights behind them.",
  },
  phases: [
    {
      kind: "pitch",
      title: { nl: "Concreet voorbeeld", en: "A concrete example" },
      instruction: {
        nl: "De inbrenger vertelt een concreet voorbeeld uit het werk en de vraag die het oproept.",
        en: "The case owner describes a concrete example from work and the question it raises.",
      },
      durationMinutes: 10,
      rules: rules({ whoMayPost: "owner_only", postKinds: ["pitch"], quota: 1 }),
    },
    {
      kind: "questions",
      title: { nl: "Vragen schrijven", en: "Writing questions" },
      instruction: {
        nl: "Schrijf zoveel vragen op als je wilt. Ze blijven verborgen tot de gespreksleider ze laat zien.",
        en: "Write down as many questions as you like. They stay hidden until the facilitator reveals them.",
      },
      durationMinutes: 10,
      rules: rules({ whoMayPost: "all_but_owner", postKinds: ["question"], hiddenUntilReveal: true }),
    },
    {
      kind: "response",
      title: { nl: "Warme vragen beantwoorden", en: "Answering the warm questions" },
      instruction: {
        nl: "De inbrenger noemt elke vraag warm, koud of neutraal en beantwoordt de warme vragen.",
        en: "The case owner marks each question as warm, cold or neutral and answers the warm ones.",
      },
      durationMinutes: 20,
      rules: rules({ whoMayPost: "owner_only", postKinds: ["response"] }),
    },
    {
      kind: "discussion",
      title: { nl: "Inzichten", en: "Insights" },
      instruction: {
        nl: "Wat leren we hiervan? Schrijf de inzichten op die je uit dit gesprek haalt.",
        en: "What do we learn from this? Write down the insights you take from this conversation.",
      },
      durationMinutes: 15,
      rules: rules({ whoMayPost: "everyone", postKinds: ["reflection"] }),
    },
    {
      kind: "evaluation",
      title: { nl: "Evaluatie", en: "Evaluation" },
      instruction: {
        nl: "Hoe was het om zo te vragen en te antwoorden? Wat neem je mee?",
        en: "What was it like to ask and answer in this way? What do you take away?",
      },
      durationMinutes: 5,
      rules: rules({ whoMayPost: "everyone", postKinds: ["reflection"] }),
    },
  ],
};
