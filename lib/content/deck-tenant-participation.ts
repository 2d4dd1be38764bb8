import type { DeckDefinition } from "./types";

/**
 * The first deck that ships with Kring: the lessons on tenant participation that housing
 * corporation staff in Brabant distilled in five intervision meetings (note, January 2012).
 * The Dutch texts are copied verbatim from the source document, spelling included; the English
 * texts are translations.
 */
export const tenantParticipationDeck: DeckDefinition = {
  slug: "professioneel-participeren-2012",
  title: {
    nl: "Intervisielessen professioneel participeren",
    en: "Intervision lessons on professional participation",
  },
  heading: {
    nl: "Hoe maak jij professioneel participeren mogelijk?",
    en: "How do you make professional participation possible?",
  },
  introduction: {
    nl: "Vijf intervisiebijeenkomsten waarin ruim twintig corporatiemedewerkers met elkaar het gesprek voerden over bewonersparticipatie. Het ging over successen en valkuilen. Er werd een schat aan ervaring en kennis gedeeld en verspreid. In dit overzicht de lessen die vakgenoten uit Brabant aan je willen meegeven. Laat je inspireren!",
    en: "Five intervision meetings in which more than twenty housing association staff talked together about tenant participation. The conversations were about successes and pitfalls. A wealth of experience and knowledge was shared and passed on. This overview contains the lessons that fellow professionals from Brabant would like to pass on to you. Let yourself be inspired!",
  },
  themes: [
    {
      title: {
        nl: "Intern draagvlak",
        en: "Internal support",
      },
      framing: {
        nl: "Jij bent (mede) verantwoordelijk voor bewonersparticipatie. Daarom is het jouw belang om te werken aan steun bij je collega's voor coproductie van huurders.",
        en: "You are (partly) responsible for tenant participation. That is why it is in your interest to build support among your colleagues for co-production with tenants.",
      },
      lessons: [
        {
          text: {
            nl: "Zoek collega's die ambassadeur willen en kunnen zijn.",
            en: "Look for colleagues who want to be, and are able to be, ambassadors.",
          },
        },
        {
          text: {
            nl: "'Doen' geeft vaak meer energie dan 'denken'.",
            en: "'Doing' often gives more energy than 'thinking'.",
          },
        },
        {
          text: {
            nl: "Stel je kwetsbaar op: vraag collega's om mee te denken. Hoe zouden zij bewoners bij activiteiten of projecten betrekken?",
            en: "Allow yourself to be vulnerable: ask colleagues to think along with you. How would they involve residents in activities or projects?",
          },
        },
        {
          text: {
            nl: "Heb geduld, blijf herhalen en leg het nogmaals uit. Niet iedereen spreekt dagelijks met bewoners en ziet direct het belang van bewonersinvloed.",
            en: "Be patient, keep repeating yourself and explain it once more. Not everyone talks to residents every day and immediately sees why residents' influence matters.",
          },
        },
        {
          text: {
            nl: "Ga eerst in gesprek met leidinggevenden over de keuze voor een participatiemodel (hoeveel zeggenschap dragen we over?) en over de vraag wie verantwoordelijk is. Ga vervolgens, samen met deze leidinggevenden of in elk geval gesteund door hen, het gesprek aan met je collega's.",
            en: "First talk with your managers about the choice of a participation model (how much say do we hand over?) and about who is responsible. Then, together with these managers or at least with their backing, start the conversation with your colleagues.",
          },
        },
        {
          text: {
            nl: "Kijk of een participatie-inspanning gerechtvaardigd is vanuit het ondernemingsplan. Daarmee bereik je borging bij collega's, in processen en budgetten. Je doet het niet vanwege een persoonlijke hobby maar omdat de organisatie het graag wil.",
            en: "Check whether a participation effort is justified by the business plan. That way you embed it with colleagues, in processes and in budgets. You are not doing it as a personal hobby but because the organisation wants it.",
          },
        },
        {
          text: {
            nl: "Maak resultaten zichtbaar in de organisatie, ook voor collega's die wat verder van het werken met bewoners staan. Maak ook gerust de tekortkomingen van gebrekkige participatie zichtbaar. In beide gevallen ontstaat een gesprek over het onderwerp en ontstaat er bewustwording.",
            en: "Make results visible in the organisation, also to colleagues who are further removed from working with residents. Feel free to make the shortcomings of poor participation visible too. Either way, people start talking about the subject and awareness grows.",
          },
        },
        {
          text: {
            nl: "Zet zelf op papier wat je wilt bereiken met bewonersparticipatie: creëer je eigen ruimte! Maak een aanbod waar je collega's van andere afdelingen geen nee tegen kunnen zeggen.",
            en: "Put down on paper yourself what you want to achieve with tenant participation: create your own room to manoeuvre! Make an offer that your colleagues in other departments cannot say no to.",
          },
        },
      ],
    },
    {
      title: {
        nl: "Leg verbindingen",
        en: "Make connections",
      },
      framing: {
        nl: "De kracht van goede bewonersparticipatie ligt in het verbinden, van formele en informele participatie.",
        en: "The strength of good tenant participation lies in connecting formal and informal participation.",
      },
      lessons: [
        {
          text: {
            nl: "Nodig huurders uit het formele overlegplatform ook eens uit bij activiteiten die gaan over maatschappelijke participatie (leefbaarheid bijvoorbeeld). Daarmee halen deze huurders belangrijke signalen op en hebben ze contact met hun achterban.",
            en: "Also invite tenants from the formal consultation platform to activities about social participation (liveability, for example). That way these tenants pick up important signals and stay in touch with the people they represent.",
          },
        },
        {
          text: {
            nl: "Haal signalen op uit informele processen en bijeenkomsten (zoals signalen van de huismeester) en kijk wat deze betekenen voor formele processen (zoals het maken van een onderhoudsbegroting).",
            en: "Pick up signals from informal processes and meetings (such as signals from the caretaker) and consider what they mean for formal processes (such as drawing up a maintenance budget).",
          },
        },
        {
          text: {
            nl: "Door een goede individuele benadering, komen er meer mensen bij collectieve bijeenkomsten over de buurt of wijk.",
            en: "A good individual approach brings more people to collective meetings about the neighbourhood or district.",
          },
        },
        {
          text: {
            nl: "Een huurder denkt eerder aan 'ik en nu' - de corporatie denkt meer aan 'wij en straks'. Vanuit dat besef is het belangrijk om een duidelijke keuze te maken: is het een individueel probleem of een collectief probleem?",
            en: "A tenant tends to think 'me and now' - the housing association thinks more in terms of 'us and later'. With that in mind, it is important to make a clear choice: is this an individual problem or a collective problem?",
          },
        },
        {
          text: {
            nl: "Kun je er voor zorgen dat persoonlijke doelen van bewoners (werk, gezondheid, inkomen) bijdragen aan doelen op buurtniveau?",
            en: "Can you make sure that residents' personal goals (work, health, income) contribute to goals at neighbourhood level?",
          },
        },
      ],
    },
    {
      title: {
        nl: "De juiste verwachtingen",
        en: "The right expectations",
      },
      framing: {
        nl: "Een open planproces, zeggenschap, cocreatie, meepraten. Participatie van bewoners kent vele gradaties en vormen. Wees hier helder over!",
        en: "An open planning process, decision-making power, co-creation, having a say. Resident participation comes in many degrees and forms. Be clear about this!",
      },
      lessons: [
        {
          text: {
            nl: "Ga met de formele huurderskoepel in gesprek over het wederzijds functioneren en zie zo'n tussentijdse evaluatie als moment om verbeteringen door te voeren.",
            en: "Talk with the formal tenants' umbrella organisation about how you work together, and treat such an interim evaluation as a moment to make improvements.",
          },
        },
        {
          text: {
            nl: "Geef duidelijk uitleg waarom iets wel of niet kan. Eerlijkheid wordt op prijs gesteld.",
            en: "Explain clearly why something is or is not possible. Honesty is appreciated.",
          },
        },
        {
          text: {
            nl: "Kondig van tevoren aan dat je vragen hebt aan bewoners. Zo voorkom je dat zij zich verast voelen en bereik je dat de kwaliteit van de antwoorden wordt vergroot!",
            en: "Announce in advance that you have questions for residents. That way they don't feel caught off guard, and the quality of the answers improves!",
          },
        },
        {
          text: {
            nl: "Participatie bij grote fysieke ingrepen (zoals herstructurering) is niet geheel vrij. Er zijn wetten, afspraken met de gemeente, ruimtelijke en financiële beperkingen. Wees daar eerlijk over.",
            en: "Participation in major physical interventions (such as urban regeneration) is not entirely open. There are laws, agreements with the municipality, and spatial and financial constraints. Be honest about that.",
          },
        },
        {
          text: {
            nl: "Accepteer het wanneer bewoners niet altijd de maximale zeggenschap willen hebben. Soms is het beter om zelf met een voorstel of plan te komen waarop gereageerd kan worden.",
            en: "Accept it when residents do not always want the maximum say. Sometimes it is better to come up with a proposal or plan yourself that they can respond to.",
          },
        },
      ],
    },
    {
      title: {
        nl: "Extern draagvlak",
        en: "External support",
      },
      framing: {
        nl: "Hoe krijg je bewoners enthousiast om actief te participeren? Een voorwaarde is dat de basis (bereikbaarheid van de corporatie, onderhoud van de woning) op orde is.",
        en: "How do you get residents enthusiastic about participating actively? One precondition is that the basics (being able to reach the housing association, maintenance of the home) are in order.",
      },
      lessons: [
        {
          text: {
            nl: "Maak formele participatie niet te formeel, blijf altijd met elkaar in gesprek. Spreek mensen persoonlijk aan, hou het leuk met elkaar!",
            en: "Don't make formal participation too formal; always keep talking with each other. Approach people personally, and keep it enjoyable together!",
          },
        },
        {
          text: {
            nl: "Zorg dat helder is wat het doel is. Dat is dus geen document of een inspanning. Wel een resultaat zichtbaar in de wijk, waar mensen over praten en wat mensen terugzien. Een helder doel zorgt voor urgentie en herkenning.",
            en: "Make sure the goal is clear. So that is not a document or an effort, but a result that is visible in the neighbourhood, that people talk about and can see for themselves. A clear goal creates urgency and recognition.",
          },
        },
        {
          text: {
            nl: "Laat bij grote en langdurige processen kleine resultaten zien om het vertrouwen van bewoners te krijgen cq te behouden.",
            en: "In large, long-running processes, show small results to gain or keep residents' trust.",
          },
        },
        {
          text: {
            nl: "Een vast contactpersoon (een gezicht namens de corporatie) helpt.",
            en: "A permanent contact person (a face representing the housing association) helps.",
          },
        },
        {
          text: {
            nl: "Neem huurders mee in besluiten en laat hen zoveel mogelijk een advies aan het begin van het proces uitbrengen. Dat is voor bewoners en voor de corporatie prettiger.",
            en: "Involve tenants in decisions and, wherever possible, let them give their advice at the start of the process. That works better for residents and for the housing association.",
          },
        },
        {
          text: {
            nl: "Maak gezamenlijke afspraken over inhoud en proces.",
            en: "Make joint agreements about content and process.",
          },
        },
      ],
    },
  ],
  closing: {
    nl: "Tot slot: deze lessen zijn bedoeld om je bewust te maken van participatie, niet om te vertellen hoe het precies moet. Participatie is belangrijk omdat het wonen van mensen is. Dit overzicht kan je helpen om te zorgen dat bewoners meer zelf doen. Veel succes en plezier daarbij!",
    en: "Finally: these lessons are meant to make you aware of participation, not to tell you exactly how it should be done. Participation matters because it is about people's homes. This overview can help you make sure that residents do more themselves. We wish you every success and enjoyment along the way!",
  },
  source: {
    nl: "Notitie, januari 2012",
    en: "Memo, January 2012",
  },
};
