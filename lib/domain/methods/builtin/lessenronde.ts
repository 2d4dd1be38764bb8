import type { MethodDefinition } from "../../../content/types";
import { rules, spokenOnly } from "./rules";

export const lessenronde: MethodDefinition = {
  key: "lessenronde",
  name: { nl: "Lessenronde", en: "Lessons round" },
  summary: {
    nl: "De gespreksleider deelt lessen uit als kaarten. Iedereen reageert met een herkenbare ervaring, een vraag of een idee, daarna bespreekt de groep de kaart om de beurt en legt actiepunten vast.",
    en: "The facilitator deals lessons as cards. Everyone reacts with a recognisable experience, a question or an idea; then the group discusses the card in turn and records action points.",
  },
  phases: [
    {
      kind: "checkin",
      title: { nl: "Check-in", en: "Check-in" },
      instruction: {
        nl: "Hoe zit je erbij vandaag? Vertel het in een paar woorden.",
        en: "How are you arriving today? Say it in a few words.",
      },
      durationMinutes: 10,
      rules: rules({ whoMayPost: "everyone", postKinds: ["checkin"], quota: 1 }),
    },
    {
      kind: "lesson_round",
      title: { nl: "Reageren op de les", en: "Reacting to the lesson" },
      instruction: {
        nl: "Lees de les. Schrijf een ervaring die je herkent, een vraag die het oproept of een idee hoe je het toepast. De reacties blijven verborgen tot de gespreksleider ze laat zien.",
        en: "Read the lesson. Write an experience you recognise, a question it raises or an idea for how you would apply it. Reactions stay hidden until the facilitator reveals them.",
      },
      durationMinutes: 10,
      rules: rules({
        whoMayPost: "everyone",
        postKinds: ["experience", "question", "idea"],
        hiddenUntilReveal: true,
        dealsLessons: true,
      }),
    },
    {
      kind: "discussion",
      title: { nl: "Bespreken", en: "Discussion" },
      instruction: {
        nl: "Iedereen licht om de beurt de eigen reactie toe. Daarna praten we samen verder over de les.",
        en: "Everyone explains their own reaction in turn. Then we talk about the lesson together.",
      },
      durationMinutes: 25,
      rules: spokenOnly(),
    },
    {
      kind: "action_points",
      title: { nl: "Actiepunten", en: "Action points" },
      instruction: {
        nl: "Wat ga je concreet doen? Spreek af wie wat doet en wanneer.",
        en: "What will you actually do? Agree who does what, and by when.",
      },
      durationMinutes: 10,
      rules: spokenOnly(),
    },
    {
      kind: "checkout",
      title: { nl: "Check-out", en: "Check-out" },
      instruction: {
        nl: "Wat neem je mee uit deze bijeenkomst? Zeg het in één zin.",
        en: "What do you take away from this session? Say it in one sentence.",
      },
      durationMinutes: 5,
      rules: rules({ whoMayPost: "everyone", postKinds: ["checkout"], quota: 1 }),
    },
  ],
};
