/**
 * The words the scale generator builds a region from: Swedish first names and surnames, places, the kinds
 * of workplaces a region runs, and the pieces that risks, measures and status comments are put together
 * from. Written for the bench (no text is taken from the seeds or from a real region); everything here is
 * fictional.
 */

export const WOMEN = [
  'Agnes', 'Alice', 'Anna', 'Astrid', 'Birgitta', 'Britt', 'Camilla', 'Cecilia', 'Ebba', 'Elin', 'Elsa', 'Emma', 'Eva', 'Frida',
  'Hanna', 'Helena', 'Ida', 'Ingrid', 'Jenny', 'Johanna', 'Josefin', 'Julia', 'Karin', 'Katarina', 'Kerstin', 'Klara', 'Lena',
  'Linda', 'Linnea', 'Lisa', 'Louise', 'Maja', 'Malin', 'Margareta', 'Maria', 'Marie', 'Matilda', 'Moa', 'Nora', 'Petra',
  'Sara', 'Signe', 'Sofia', 'Stina', 'Susanne', 'Therese', 'Tove', 'Ulla', 'Vera', 'Wilma', 'Yasmin', 'Zahra', 'Åsa', 'Amira'
] as const;

export const MEN = [
  'Adam', 'Albin', 'Alexander', 'Anders', 'Andreas', 'Arvid', 'Axel', 'Bengt', 'Björn', 'Carl', 'Daniel', 'David', 'Elias',
  'Emil', 'Erik', 'Filip', 'Fredrik', 'Gustav', 'Hampus', 'Henrik', 'Hugo', 'Isak', 'Jakob', 'Joel', 'Johan', 'Jonas',
  'Karl', 'Kristian', 'Lars', 'Leo', 'Linus', 'Lukas', 'Magnus', 'Martin', 'Mattias', 'Mikael', 'Nils', 'Olof', 'Oscar',
  'Patrik', 'Per', 'Peter', 'Rasmus', 'Robert', 'Samuel', 'Simon', 'Stefan', 'Tobias', 'Viktor', 'Ali', 'Omar', 'Reza'
] as const;

export const SURNAMES = [
  'Andersson', 'Berg', 'Bergman', 'Björk', 'Blom', 'Borg', 'Dahl', 'Ek', 'Eklund', 'Engström', 'Falk', 'Forsberg', 'Fransson',
  'Gustafsson', 'Hedlund', 'Holm', 'Holmberg', 'Isaksson', 'Jakobsson', 'Johansson', 'Jonsson', 'Karlsson', 'Larsson', 'Lind',
  'Lindberg', 'Lindgren', 'Lindqvist', 'Lund', 'Lundgren', 'Lundin', 'Magnusson', 'Mattsson', 'Månsson', 'Nilsson', 'Norberg',
  'Nord', 'Nordin', 'Nyberg', 'Nyström', 'Olofsson', 'Persson', 'Sandberg', 'Sjöberg', 'Sköld', 'Strand', 'Ström', 'Sundberg',
  'Sundqvist', 'Svensson', 'Söderberg', 'Törnqvist', 'Wallin', 'Wikström', 'Åberg', 'Öberg', 'Östlund', 'Haddad', 'Rahimi',
  'Yilmaz', 'Nguyen', 'Kowalski', 'Hassan', 'Ahmadi', 'Virtanen'
] as const;

/** Places of the fictional region (towns and villages; a few names the demo already uses). */
export const PLACES = [
  'Norrvik', 'Sundby', 'Storsjö', 'Älvsta', 'Björkö', 'Granhed', 'Tallmo', 'Fjällnäs', 'Åsby', 'Ekbacka', 'Lindhult', 'Forsvik',
  'Hagby', 'Västanå', 'Östmark', 'Sjöhaga', 'Myrviken', 'Kvarnby', 'Ramsele by', 'Heden', 'Bäckby', 'Strömsnäs', 'Lövås', 'Brattby'
] as const;

/** Departments ("avdelningar") under the administrations; one is chosen per generated department. */
export const DEPARTMENTS = [
  'Akutsjukvård', 'Kirurgi och ortopedi', 'Medicin', 'Psykiatri', 'Barn och ungdom', 'Kvinnosjukvård', 'Primärvård',
  'Tandvård', 'Habilitering', 'Rehabilitering', 'Diagnostik', 'Ambulanssjukvård', 'Hjälpmedel', 'Fastighet och service',
  'Lokalvård och kost', 'Kollektivtrafik', 'Kultur', 'Utbildning', 'Ekonomi', 'Personal', 'Digitalisering', 'Upphandling'
] as const;

/** What a unit ("verksamhet", "enhet") of a department is called; `{ort}` is replaced by a place. */
export const UNIT_KINDS: Record<string, readonly string[]> = {
  'Akutsjukvård': ['Akutmottagningen {ort}', 'Akutvårdsavdelningen {ort}', 'Intensivvårdsavdelningen {ort}'],
  'Kirurgi och ortopedi': ['Kirurgavdelning {n}', 'Ortopedmottagningen {ort}', 'Operationsenheten {ort}', 'Dagkirurgin {ort}'],
  'Medicin': ['Medicinavdelning {n}', 'Hjärtavdelningen {ort}', 'Strokeenheten {ort}', 'Njurmedicin {ort}'],
  'Psykiatri': ['Psykiatriska mottagningen {ort}', 'Heldygnsvård psykiatri {n}', 'Beroendemottagningen {ort}'],
  'Barn och ungdom': ['Barnmottagningen {ort}', 'BUP {ort}', 'Barnavdelning {n}'],
  'Kvinnosjukvård': ['Förlossningen {ort}', 'Kvinnohälsovården {ort}', 'Gynmottagningen {ort}'],
  'Primärvård': ['Vårdcentralen {ort}', 'Hälsocentralen {ort}', 'Jourcentralen {ort}'],
  'Tandvård': ['Folktandvården {ort}', 'Specialisttandvården {ort}'],
  'Habilitering': ['Habiliteringen {ort}', 'Hörselvården {ort}'],
  'Rehabilitering': ['Rehabenheten {ort}', 'Arbetsterapin {ort}'],
  'Diagnostik': ['Röntgen {ort}', 'Klinisk kemi {ort}', 'Patologen {ort}'],
  'Ambulanssjukvård': ['Ambulansstationen {ort}', 'Sjukresor {ort}'],
  'Hjälpmedel': ['Hjälpmedelscentralen {ort}', 'Teknisk service {ort}'],
  'Fastighet och service': ['Fastighetsförvaltningen {ort}', 'Driftenheten {ort}', 'Vaktmästeriet {ort}'],
  'Lokalvård och kost': ['Lokalvården {ort}', 'Sjukhusköket {ort}'],
  'Kollektivtrafik': ['Trafikplaneringen {ort}', 'Kundcenter {ort}', 'Färdtjänsten {ort}'],
  'Kultur': ['Länsmuseet {ort}', 'Kulturenheten {ort}', 'Biblioteksutvecklingen {ort}'],
  'Utbildning': ['Folkhögskolan {ort}', 'Naturbruksgymnasiet {ort}'],
  'Ekonomi': ['Redovisningen {ort}', 'Ekonomiservice {ort}', 'Lönecenter {ort}'],
  'Personal': ['Bemanningscentrum {ort}', 'HR-service {ort}', 'Företagshälsan {ort}'],
  'Digitalisering': ['IT-service {ort}', 'Förvaltning vårdsystem {n}', 'Nätverk och drift {ort}'],
  'Upphandling': ['Upphandlingsenheten {ort}', 'Avtalsuppföljningen {ort}', 'Förrådet {ort}']
};

/** Job titles of staff, by kind of workplace (the healthcare titles weigh most, as in a region). */
export const STAFF_TITLES = [
  'Sjuksköterska', 'Undersköterska', 'Specialistsjuksköterska', 'Läkare', 'Specialistläkare', 'Barnmorska', 'Fysioterapeut',
  'Arbetsterapeut', 'Kurator', 'Psykolog', 'Biomedicinsk analytiker', 'Röntgensjuksköterska', 'Tandhygienist', 'Tandläkare',
  'Medicinsk sekreterare', 'Administratör', 'Ekonom', 'Controller', 'HR-specialist', 'Systemförvaltare', 'IT-tekniker',
  'Upphandlare', 'Kock', 'Lokalvårdare', 'Fastighetstekniker', 'Trafikplanerare', 'Utvecklingsledare', 'Vårdadministratör'
] as const;

/** The processes a risk of the internal control plan concerns. */
export const PROCESSES = [
  'läkemedelshanteringen', 'journalföringen', 'inköp och avtalstrohet', 'fakturahanteringen', 'schemaläggning och bemanning',
  'behörighetstilldelningen i vårdsystemen', 'arkivering och gallring', 'diarieföringen', 'basala hygienrutiner',
  'patientidentifieringen', 'remisshanteringen', 'avvikelserapporteringen', 'brandskyddsarbetet', 'lönehanteringen',
  'representation och gåvor', 'attesträtten', 'hanteringen av kontanter och värdehandlingar', 'bisysslor',
  'rekryteringen', 'introduktionen av nyanställda', 'hjälpmedelsförskrivningen', 'sjukresorna', 'fordonsparkens underhåll',
  'kontinuitetsplaneringen', 'hanteringen av personuppgifter', 'leverantörsuppföljningen', 'direktupphandlingarna',
  'medicintekniska produkter', 'provtagningen', 'tolkbeställningarna', 'kvalitetsregistren', 'utlämnandet av allmänna handlingar'
] as const;

/** How a risk is phrased: `{p}` is the process. */
export const RISK_FORMS = [
  'Bristande följsamhet till rutinerna för {p}', 'Otydlig ansvarsfördelning i {p}', 'Ofullständig dokumentation i {p}',
  'Fel och förseningar i {p}', 'Otillräcklig kontroll av {p}', 'Beroende av enskilda medarbetare i {p}',
  'Rutinerna för {p} är inte kända av alla', 'Sårbara IT-stöd för {p}', 'Jäv och otillbörlig påverkan i {p}',
  'Bristande uppföljning av {p}'
] as const;

export const WHERE = [
  'på vårdavdelningarna', 'i primärvården', 'inom tandvården', 'i förvaltningens staber', 'inom psykiatrin', 'på mottagningarna',
  'inom kollektivtrafiken', 'i regionens fastigheter', 'inom ambulanssjukvården', 'vid länets hälsocentraler', 'i verksamheten'
] as const;

export const CONSEQUENCES = [
  'Patienter kan skadas eller få vård för sent', 'Regionen kan få betala vite eller skadestånd', 'Felaktiga utbetalningar',
  'Förtroendet för regionen minskar', 'Sekretessbelagda uppgifter kan röjas', 'Kostnaderna ökar utan att det märks i tid',
  'Beslut fattas på fel underlag', 'Medarbetare far illa och sjukfrånvaron ökar', 'Verksamheten står still vid ett avbrott',
  'Tillsynsmyndigheten kan rikta kritik mot regionen', 'Lagkrav följs inte'
] as const;

export const CAUSES = [
  'Rutinen är gammal, eftersom den inte har reviderats sedan omorganisationen', 'Hög personalomsättning, eftersom rekryteringsläget är svårt',
  'Kontrollen görs manuellt, eftersom systemstöd saknas', 'Ansvaret är delat, eftersom flera enheter äger processen',
  'Uppföljningen prioriteras bort, eftersom vårdproduktionen går först', 'Introduktionen är kort, eftersom det är brist på handledare',
  'Informationen finns i flera system, eftersom integrationerna inte är klara'
] as const;

/** A measure against a risk: `{p}` is the process. */
export const MEASURE_FORMS = [
  'Genomföra stickprovskontroller av {p} varje kvartal', 'Revidera rutinen för {p} och sprida den till alla enheter',
  'Utbilda chefer och medarbetare i {p}', 'Införa digitalt stöd för {p}', 'Tydliggöra ansvaret för {p} i delegationsordningen',
  'Följa upp {p} i ledningsgruppen varje tertial', 'Ta fram checklista för {p}', 'Genomföra egenkontroll av {p}',
  'Samordna {p} mellan förvaltningarna', 'Göra en riskanalys av {p} inför nästa år'
] as const;

export const METHODS = [
  'Stickprov om 20 ärenden per tertial', 'Egenkontroll enligt checklista', 'Rapport ur verksamhetssystemet', 'Genomgång i ledningsgruppen',
  'Intervjuer med berörda chefer', 'Journalgranskning', 'Avvikelsestatistik', ''
] as const;

export const GREEN_COMMENTS = [
  'Åtgärden är genomförd enligt plan.', 'Klart. Rutinen är beslutad och publicerad.', 'Kontrollen är gjord utan anmärkning.',
  'Genomfört. Resultatet har redovisats i ledningsgruppen.', 'Utbildningen är genomförd för alla berörda.'
] as const;

export const YELLOW_COMMENTS = [
  'Pågår. Beräknas vara klart under året.', 'Delvis genomfört, återstår två enheter.', 'Arbetet har startat men försenats av semestrar.',
  'Rutinen är skriven och går på remiss.', 'Stickproven är gjorda, analysen pågår.'
] as const;

export const RED_COMMENTS = [
  'Inte påbörjat på grund av vakanser.', 'Skjuts till nästa år, systemstödet är inte upphandlat.', 'Stoppat i väntan på beslut om organisation.',
  'Resurser saknas. Frågan är lyft till förvaltningsledningen.', 'Försenat, leverantören har inte levererat.'
] as const;

/** Patient-safety activities: `{x}` is a subject. */
export const ACTIVITY_FORMS = [
  'Införa strukturerad överrapportering för {x}', 'Mäta följsamhet till {x} varje månad', 'Genomföra händelseanalyser av {x}',
  'Utbilda alla nyanställda i {x}', 'Sprida arbetssätt för {x} mellan enheterna', 'Involvera patienter och närstående i {x}'
] as const;

export const ACTIVITY_SUBJECTS = [
  'vårdrelaterade infektioner', 'fallprevention', 'trycksår', 'läkemedelsgenomgångar', 'suicidprevention', 'sepsislarm',
  'överbeläggningar', 'vårdövergångar', 'nutrition hos äldre', 'antibiotikaförskrivning'
] as const;

/** Scorecard indicators: title, unit, rule, target, split by sex. */
export const INDICATOR_FORMS: ReadonlyArray<readonly [string, string, 'increase' | 'decrease' | 'atLeast' | 'atMost' | 'done', number | null, boolean]> = [
  ['Sjukfrånvaro', '%', 'atMost', 5, true], ['Andel patienter som får besök inom 90 dagar', '%', 'atLeast', 90, false],
  ['Personalomsättning', '%', 'decrease', null, true], ['Andel medarbetare med genomfört medarbetarsamtal', '%', 'atLeast', 100, true],
  ['Antal överbeläggningar per månad', 'antal', 'decrease', null, false], ['Nöjd medarbetarindex', 'index', 'increase', null, true],
  ['Budgetavvikelse', 'mnkr', 'atMost', 0, false], ['Andel inhyrd personal', '%', 'atMost', 3, false],
  ['Väntetid till akutmottagning, median', 'minuter', 'atMost', 240, false], ['Andel uppfyllda vårdgarantier', '%', 'atLeast', 85, false]
] as const;

export const INDICATOR_COMMENTS = [
  'Utfallet ligger i linje med föregående period.', 'Förbättring tack vare nya arbetssätt.', 'Försämring, främst under sommaren.',
  'Stora skillnader mellan enheterna; analysen fortsätter.', 'Målet nås inte, åtgärdsplan tas fram.'
] as const;

/** Security-area indicators: `{a}` is the area's name in lower case. */
export const AREA_INDICATOR_FORMS = [
  'Antal avvikelser inom {a}', 'Andel enheter med genomförd riskanalys för {a}', 'Antal genomförda övningar inom {a}',
  'Andel chefer utbildade i {a}', 'Antal allvarliga händelser inom {a}'
] as const;

export const AREA_GOAL_FORMS = [
  'Riskerna inom {a} ska vara kända och hanterade', 'Händelser inom {a} ska minska', 'Alla chefer ska känna sitt ansvar för {a}'
] as const;
