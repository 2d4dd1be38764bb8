import type { MethodDefinition } from "../../../content/types";
import { rules } from "./rules";

export const balintmethode: MethodDefinition = {
  key: "balintmethode",
  name: { nl: "Balintmethode", en: "Balint method" },
  summary: {
    nl: "De groep onderzoekt de relatie tussen de inbrenger en de ander in de casus. Terwijl de inbrenger zwijgend luistert, delen de anderen gevoelens, beelden en vermoedens die de casus bij hen oproept.",
    en: "The group explores the relationship between the case owner and the other person in the case. While the case owner listens in silence, the others share the feelings, images and hunches the case brings up in them.",
  },
  phases: [
    {
      kind: "pitch",
      title: { nl: "Casus vertellen", en: "Telling the case" },
      instruction: {
        nl: "De inbrenger vertelt de casus vrij uit: wat er gebeurde en wat het met je deed.",
        en: "The case owner tells the case freely: what happened and how it affected you.",
      },
      durationMinutes: 15,
      rules: rules({ whoMayPost: "owner_only", postKinds: ["pitch"], quota: 1 }),
    },
    {
      kind: "clarify",
      title: { nl: "Feitelijke vragen", en: "Factual questions" },
      instruction: {
        nl: "Stel alleen feitelijke vragen die het beeld aanvullen. Nog geen duidingen of adviezen.",
        en: "Ask only factual questions that fill in the picture. No interpretations or advice yet.",
      },
      durationMinutes: 10,
      rules: rules({ whoMayPost: "all_but_owner", postKinds: ["question"] }),
    },
    {
      kind: "analysis",
      title: { nl: "Associëren", en: "Associating" },
      instruction: {
        nl: "Deel vrij wat de casus bij je oproept: gevoelens, beelden, vermoedens. De inbrenger luistert nu alleen en maakt aantekeningen.",
        en: "Share freely what the case brings up in you: feelings, images, hunches. The case owner only listens now and takes notes.",
      },
      durationMinutes: 20,
      rules: rules({ whoMayPost: "all_but_owner", postKinds: ["association"], ownerSilent: true }),
    },
    {
      kind: "response",
      title: { nl: "Reactie van de inbrenger", en: "The case owner responds" },
      instruction: {
        nl: "De inbrenger vertelt wat herkenbaar was, wat raakte en wat nieuw was.",
        en: "The case owner says what was recognisable, what touched them and what was new.",
      },
      durationMinutes: 10,
      rules: rules({ whoMayPost: "owner_only", postKinds: ["response"] }),
    },
    {
      kind: "advice",
      title: { nl: "Adviezen (optioneel)", en: "Advice (optional)" },
      instruction: {
        nl: "Als de inbrenger dat wil, geeft de groep nog adviezen. De inbrenger luistert.",
        en: "If the case owner wants it, the group gives some advice. The case owner listens.",
      },
      durationMinutes: 10,
      rules: rules({ whoMayPost: "all_but_owner", postKinds: ["advice"], ownerSilent: true }),
    },
    {
      kind: "evaluation",
      title: { nl: "Evaluatie", en: "Evaluation" },
      instruction: {
        nl: "Wat heeft het gesprek opgeleverd, voor de inbrenger en voor jezelf?",
        en: "What did the conversation bring, for the case owner and for yourself?",
      },
      durationMinutes: 10,
      rules: rules({ whoMayPost: "everyone", postKinds: ["reflection"] }),
    },
  ],
};
