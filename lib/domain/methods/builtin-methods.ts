import type { MethodDefinition } from "../../content/types";
import type { PhaseRules } from "../../schemas/phase-rules";

/**
 * The rules of a phase: what a phase does not mention keeps the plain default
 * (no quota, not anonymous, visible at once, owner may speak, no lesson cards).
 */
function rules(overrides: Pick<PhaseRules, "whoMayPost" | "postKinds"> & Partial<PhaseRules>): PhaseRules {
  return {
    quota: null,
    anonymous: false,
    hiddenUntilReveal: false,
    ownerSilent: false,
    dealsLessons: false,
    ...overrides,
  };
}

/** A phase in which nobody writes: people talk, the facilitator leads. */
function spokenOnly(): PhaseRules {
  return rules({ whoMayPost: "nobody", postKinds: [] });
}

/**
 * The methods ("werkvormen") that ship with Kring, in the order the facilitator sees them.
 * Each is a starting point: the facilitator can change phases, times and rules per session.
 */
export const builtinMethods: MethodDefinition[] = [
  {
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
  },
  {
    key: "incidentmethode",
    name: { nl: "Incidentmethode", en: "Incident method" },
    summary: {
      nl: "Iedereen brengt kort een casus in en de groep kiest er één. Na feitelijke vragen analyseert de groep de casus en geeft advies terwijl de inbrenger luistert; de inbrenger zegt wat bruikbaar is.",
      en: "Everyone briefly pitches a case and the group chooses one. After factual questions the group analyses the case and gives advice while the case owner listens; the case owner says what is useful.",
    },
    phases: [
      {
        kind: "look_back",
        title: { nl: "Terugblik", en: "Looking back" },
        instruction: {
          nl: "We kijken naar de open actiepunten van vorige bijeenkomsten. Wat is ervan gekomen?",
          en: "We look at the open action points from earlier sessions. What came of them?",
        },
        durationMinutes: 10,
        rules: spokenOnly(),
      },
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
  },
  {
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
  },
  {
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
  },
  {
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
  },
  {
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
  },
];
