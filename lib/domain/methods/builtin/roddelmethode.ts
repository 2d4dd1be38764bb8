import type { MethodDefinition } from "../../../content/types";
import { rules } from "./rules";

export const roddelmethode: MethodDefinition = {
  key: "roddelmethode",
  name: { nl: "Roddelmethode", en: "Gossip method" },
  summary: {
    nl: "De groep praat over de casus alsof de inbrenger er niet bij is, terwijl de inbrenger zwijgend luistert en aantekeningen maakt. Zo hoort de inbrenger nieuwe kanten van de eigen casus.",
    en: "The group talks about the case as if the case owner were not there, while the case owner listens in silence and takes notes. This lets the case owner hear new sides of their own case.",
  },
  phases: [
    {
      kind: "pitch",
      title: { nl: "Casus en vraag", en: "Case and question" },
      instruction: {
        nl: "De inbrenger vertelt kort over de casus en stelt de vraag waar hij of zij hulp bij wil.",
        en: "The case owner briefly describes the case and asks the question they want help with.",
      },
      durationMinutes: 10,
      rules: rules({ whoMayPost: "owner_only", postKinds: ["pitch"], quota: 1 }),
    },
    {
      kind: "questions",
      title: { nl: "Vragenronde", en: "Question round" },
      instruction: {
        nl: "Stel hoogstens drie open vragen. De inbrenger beantwoordt ze.",
        en: "Ask at most three open questions. The case owner answers them.",
      },
      durationMinutes: 15,
      rules: rules({ whoMayPost: "all_but_owner", postKinds: ["question"], quota: 3 }),
    },
    {
      kind: "discussion",
      title: { nl: "Roddelen", en: "Gossiping" },
      instruction: {
        nl: "Praat over de casus alsof de inbrenger er niet bij is. De inbrenger luistert nu alleen en maakt aantekeningen.",
        en: "Talk about the case as if the case owner were not there. The case owner only listens now and takes notes.",
      },
      durationMinutes: 20,
      rules: rules({
        whoMayPost: "all_but_owner",
        postKinds: ["analysis", "association", "advice"],
        ownerSilent: true,
      }),
    },
    {
      kind: "response",
      title: { nl: "Reactie van de inbrenger", en: "The case owner responds" },
      instruction: {
        nl: "De inbrenger vertelt wat hem of haar raakte, wat nieuw was en wat bruikbaar is.",
        en: "The case owner says what struck them, what was new and what is useful.",
      },
      durationMinutes: 10,
      rules: rules({ whoMayPost: "owner_only", postKinds: ["response"] }),
    },
    {
      kind: "evaluation",
      title: { nl: "Evaluatie", en: "Evaluation" },
      instruction: {
        nl: "Hoe was het om over de casus te roddelen, en om ernaar te luisteren? Wat neem je mee?",
        en: "What was it like to gossip about the case, and to listen to it? What do you take away?",
      },
      durationMinutes: 5,
      rules: rules({ whoMayPost: "everyone", postKinds: ["reflection"] }),
    },
  ],
};
