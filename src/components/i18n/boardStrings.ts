/**
 * The board page's strings (the paper shown live or as published, and the tjänsteskrivelse editor), Swedish
 * first and English second. Apart from i18n/strings.ts so that only the board page's bundle carries them.
 */
import { Locale } from '../../model/statusLegend';

/** The board page: the paper shown live or as published, and the tjänsteskrivelse editor. */
export interface BoardStrings {
  title: string;
  print: string;
  downloadWord: string;
  downloadPdf: string;
  downloading: string;
  downloadFailed: (message: string) => string;
  /** The dropdown of what to show: the live state or one of the plan's publications. */
  show: string;
  liveOption: string;
  snapshotOption: (diaryNumber: string, version: number, date: string) => string;
  live: { title: string; noPeriod: string };
  snapshot: {
    title: string;
    facts: (diaryNumber: string, version: number) => string;
    publishedBy: (at: string, by: string) => string;
    meeting: (board: string, date: string) => string;
    verified: string;
    checksum: (short: string) => string;
    fullChecksum: string;
    confidentialAppendix: string;
    files: string;
    backToLive: string;
  };
  snapshotErrors: {
    title: string;
    notFound: (key: string) => string;
    hashMismatch: string;
    fileMissing: string;
    unreadable: string;
    noLibrary: string;
    other: (message: string) => string;
  };
  tabs: { label: string; planReport: string; case: string };
  fileNames: { live: (title: string, date: string) => string; planReport: (title: string, diaryNumber: string, version: number) => string; case: (diaryNumber: string, version: number) => string };
  writeCase: string;
  editor: CaseEditorStrings;
}

export interface CaseEditorStrings {
  title: string;
  intro: string;
  loading: string;
  header: string;
  board: string;
  boardPlaceholder: string;
  meetingDate: string;
  diaryNumber: string;
  diaryNumberPlaceholder: string;
  documentDate: string;
  caseTitle: string;
  department: string;
  manager: string;
  officer: string;
  officerHint: string;
  proposals: string;
  decides: (board: string) => string;
  proposalNumber: (n: number) => string;
  proposalName: (n: number) => string;
  addProposal: string;
  removeProposal: (n: number) => string;
  summary: string;
  summaryHint: string;
  caseText: string;
  consequences: string;
  equality: string;
  refreshFigures: string;
  figuresRefreshed: string;
  undo: string;
  otherConsequences: string;
  economy: string;
  attachments: string;
  attachmentsHint: (planReport: string) => string;
  distribution: string;
  distributionHint: string;
  signatories: string;
  signatoriesHint: string;
  saveDraft: string;
  saving: string;
  saved: (time: string) => string;
  publish: string;
  publishing: string;
  publishingDetail: string;
  close: string;
  fixToSave: string;
  fixToPublish: string;
  conflict: string;
  reload: string;
  keepMine: string;
  saveFailed: (message: string) => string;
  publishFailed: (message: string) => string;
  noLibrary: string;
  resumeNotice: string;
  publishedBefore: string;
  published: (diaryNumber: string, version: number) => string;
  showPublished: string;
  newVersion: { title: string; text: (diaryNumber: string, version: number, date: string) => string; confirm: string; cancel: string };
  errors: {
    required: { board: string; meetingDate: string; diaryNumber: string; title: string; summary: string; proposals: string };
    invalidDate: string;
    invalidDiaryNumber: string;
    emptyProposal: string;
    tooManyProposals: (max: number) => string;
    tooLongLine: (max: number) => string;
    tooLongText: (max: number) => string;
    tooManyLines: (max: number) => string;
    tooLongLines: (max: number) => string;
  };
}

const sv: BoardStrings = {
    title: 'Nämndvy',
    print: 'Skriv ut',
    downloadWord: 'Ladda ner Word',
    downloadPdf: 'Ladda ner PDF',
    downloading: 'Skapar filen …',
    downloadFailed: (m) => `Filen kunde inte skapas. ${m}`,
    show: 'Visa',
    liveOption: 'Aktuellt läge',
    snapshotOption: (dnr, v, date) => `Dnr ${dnr}, version ${v}, publicerad ${date}`,
    live: {
      title: 'Aktuellt läge',
      noPeriod: 'Planen har ingen uppföljning ännu. Sidan visar planen som den är beslutad, utan status.'
    },
    snapshot: {
      title: 'Publicerad nämndhandling',
      facts: (dnr, v) => `Dnr ${dnr}, version ${v}.`,
      publishedBy: (at, by) => (by ? `Publicerad ${at} av ${by}.` : `Publicerad ${at}.`),
      meeting: (board, date) => [board, date && `sammanträde ${date}`].filter(Boolean).join(', '),
      verified: 'Innehållet är kontrollerat: det är detsamma som när handlingen publicerades.',
      checksum: (short) => `Kontrollsumma (SHA-256): ${short}`,
      fullChecksum: 'Visa hela kontrollsumman',
      confidentialAppendix: 'Till handlingen hör en sekretessbelagd bilaga. Den visas bara för den som har behörighet.',
      files: 'Publicerade filer i Nämndhandlingar',
      backToLive: 'Visa aktuellt läge'
    },
    snapshotErrors: {
      title: 'Den publicerade handlingen kan inte visas',
      notFound: (key) => `Det finns ingen publicerad handling med beteckningen ${key}.`,
      hashMismatch: 'Innehållet stämmer inte med kontrollsumman från publiceringen. Handlingen kan ha ändrats efteråt och visas därför inte. Kontakta nämndsekreteraren eller systemförvaltaren.',
      fileMissing: 'Filen med den publicerade handlingen saknas i biblioteket Nämndhandlingar. Kontakta nämndsekreteraren eller systemförvaltaren.',
      unreadable: 'Filen med den publicerade handlingen går inte att läsa. Kontakta nämndsekreteraren eller systemförvaltaren.',
      noLibrary: 'Biblioteket Nämndhandlingar är inte tillgängligt på den här sidan.',
      other: (m) => `Handlingen kunde inte hämtas. ${m}`
    },
    tabs: { label: 'Handlingar i ärendet', planReport: 'Bilaga 1: planrapport', case: 'Tjänsteskrivelse' },
    fileNames: {
      live: (title, date) => `${title} (aktuellt läge ${date})`,
      planReport: (title, dnr, v) => `Bilaga 1 ${title} (${dnr} version ${v})`,
      case: (dnr, v) => `Tjänsteskrivelse ${dnr} version ${v}`
    },
    writeCase: 'Skriv tjänsteskrivelse',
    editor: {
      title: 'Tjänsteskrivelse',
      intro: 'Skriv ärendet till nämnden. Planrapporten skapas ur underlaget och följer med som bilaga 1. Spara utkastet när du vill; när du publicerar fryses underlaget och handlingarna sparas i Nämndhandlingar.',
      loading: 'Hämtar utkastet …',
      header: 'Uppgifter om ärendet',
      board: 'Nämnd',
      boardPlaceholder: 'T.ex. Regionstyrelsen',
      meetingDate: 'Sammanträdesdatum',
      diaryNumber: 'Dnr',
      diaryNumberPlaceholder: 'T.ex. RS 2026/123',
      documentDate: 'Datum',
      caseTitle: 'Ärende',
      department: 'Ansvarig avdelning',
      manager: 'Ansvarig chef',
      officer: 'Handläggare',
      officerHint: 'Namn, enhet och kontaktuppgifter, en uppgift per rad.',
      proposals: 'Förslag till beslut',
      decides: (board) => `${board.trim() || 'Nämnden'} beslutar att`,
      proposalNumber: (n) => `${n}.`,
      proposalName: (n) => `Förslag till beslut, punkt ${n}`,
      addProposal: 'Lägg till punkt',
      removeProposal: (n) => `Ta bort punkt ${n}`,
      summary: 'Sammanfattning',
      summaryHint: 'Sammanfattningen blir ärendebeskrivningen i protokollet. Skriv den neutralt.',
      caseText: 'Ärendet',
      consequences: 'Konsekvensbeskrivning',
      equality: 'Beslutsförslagets påverkan avseende jämställdhet',
      refreshFigures: 'Hämta siffrorna per kön ur underlaget igen',
      figuresRefreshed: 'Texten har ersatts med siffrorna ur underlaget.',
      undo: 'Ångra',
      otherConsequences: 'Övriga konsekvenser',
      economy: 'Ekonomiska konsekvenser',
      attachments: 'Bilagor',
      attachmentsHint: (report) => `En bilaga per rad. Planrapporten ”${report}” listas automatiskt som bilaga 1.`,
      distribution: 'Expedieras till',
      distributionHint: 'En mottagare per rad.',
      signatories: 'Underskrifter',
      signatoriesHint: 'En per rad, t.ex. ”Anna Berg, regiondirektör”.',
      saveDraft: 'Spara utkast',
      saving: 'Sparar …',
      saved: (time) => `Utkastet sparades kl. ${time}.`,
      publish: 'Publicera för nämnden',
      publishing: 'Publicerar …',
      publishingDetail: 'Underlaget fryses och handlingarna skapas och sparas i Nämndhandlingar. Det kan ta en stund.',
      close: 'Stäng',
      fixToSave: 'Utkastet kan inte sparas. Rätta de markerade fälten.',
      fixToPublish: 'Tjänsteskrivelsen kan inte publiceras ännu. Rätta de markerade fälten.',
      conflict: 'Någon annan har sparat utkastet efter att du öppnade det. Din text finns kvar här. Läs in det sparade utkastet, eller spara din text ovanpå det.',
      reload: 'Läs in det sparade utkastet',
      keepMine: 'Spara min text',
      saveFailed: (m) => `Utkastet kunde inte sparas. ${m}`,
      publishFailed: (m) => `Publiceringen blev inte klar. Det som hann sparas finns kvar; publicera igen för att slutföra. ${m}`,
      noLibrary: 'Biblioteket Nämndhandlingar är inte tillgängligt, så handlingarna kan inte publiceras härifrån.',
      resumeNotice: 'En tidigare publicering av tjänsteskrivelsen avbröts innan den blev klar. Publicera igen för att slutföra den; handlingarna skapas ur det underlag som frystes då.',
      publishedBefore: 'Tjänsteskrivelsen har publicerats tidigare. Publicerar du igen med samma Dnr blir det en ny version.',
      published: (dnr, v) => `Handlingarna är publicerade för nämnden: Dnr ${dnr}, version ${v}.`,
      showPublished: 'Visa den publicerade handlingen',
      newVersion: {
        title: 'Publicera en ny version?',
        text: (dnr, v, date) => `Dnr ${dnr} är redan publicerat (version ${v}, ${date}). Vill du publicera en ny version? Båda versionerna sparas.`,
        confirm: 'Publicera ny version',
        cancel: 'Avbryt'
      },
      errors: {
        required: {
          board: 'Ange vilken nämnd som ska behandla ärendet',
          meetingDate: 'Ange sammanträdesdatum',
          diaryNumber: 'Ange diarienummer (Dnr)',
          title: 'Ange ärendets rubrik',
          summary: 'Skriv en sammanfattning av ärendet',
          proposals: 'Skriv minst ett förslag till beslut'
        },
        invalidDate: 'Ange datumet som ÅÅÅÅ-MM-DD, t.ex. 2026-12-15',
        invalidDiaryNumber: 'Diarienumret ser inte ut som ett diarienummer, t.ex. RS 2026/123',
        emptyProposal: 'Punkten är tom. Skriv vad nämnden ska besluta, eller ta bort punkten',
        tooManyProposals: (max) => `Förslaget till beslut kan ha högst ${max} punkter`,
        tooLongLine: (max) => `Texten är för lång: högst ${max} tecken`,
        tooLongText: (max) => `Texten är för lång: högst ${max.toLocaleString('sv-SE')} tecken`,
        tooManyLines: (max) => `Högst ${max} rader`,
        tooLongLines: (max) => `En rad är för lång: högst ${max} tecken per rad`
      }
    }
  };

const en: BoardStrings = {
    title: 'Board view',
    print: 'Print',
    downloadWord: 'Download Word',
    downloadPdf: 'Download PDF',
    downloading: 'Creating the file …',
    downloadFailed: (m) => `The file could not be created. ${m}`,
    show: 'Show',
    liveOption: 'Current state',
    snapshotOption: (dnr, v, date) => `Ref. ${dnr}, version ${v}, published ${date}`,
    live: {
      title: 'Current state',
      noPeriod: 'The plan has no follow-up yet. The page shows the plan as decided, without statuses.'
    },
    snapshot: {
      title: 'Published board paper',
      facts: (dnr, v) => `Ref. ${dnr}, version ${v}.`,
      publishedBy: (at, by) => (by ? `Published ${at} by ${by}.` : `Published ${at}.`),
      meeting: (board, date) => [board, date && `meeting ${date}`].filter(Boolean).join(', '),
      verified: 'The content is verified: it is the same as when the paper was published.',
      checksum: (short) => `Checksum (SHA-256): ${short}`,
      fullChecksum: 'Show the full checksum',
      confidentialAppendix: 'A confidential appendix belongs to this paper. It is shown only to those entitled to it.',
      files: 'Published files in the board papers library',
      backToLive: 'Show the current state'
    },
    snapshotErrors: {
      title: 'The published paper cannot be shown',
      notFound: (key) => `There is no published paper ${key}.`,
      hashMismatch: 'The content does not match the checksum recorded at publication. The paper may have been changed afterwards and is therefore not shown. Contact the board secretary or the system administrator.',
      fileMissing: 'The file of the published paper is missing from the board papers library. Contact the board secretary or the system administrator.',
      unreadable: 'The file of the published paper cannot be read. Contact the board secretary or the system administrator.',
      noLibrary: 'The board papers library is not available on this page.',
      other: (m) => `The paper could not be loaded. ${m}`
    },
    tabs: { label: 'Papers of the case', planReport: 'Attachment 1: plan report', case: 'Officer’s report' },
    fileNames: {
      live: (title, date) => `${title} (current state ${date})`,
      planReport: (title, dnr, v) => `Attachment 1 ${title} (${dnr} version ${v})`,
      case: (dnr, v) => `Officers report ${dnr} version ${v}`
    },
    writeCase: 'Write officer’s report',
    editor: {
      title: 'Officer’s report',
      intro: 'Write the case for the board. The plan report is made from the data and goes with it as attachment 1. Save the draft whenever you like; publishing freezes the data and files the papers in the board papers library.',
      loading: 'Loading the draft …',
      header: 'About the case',
      board: 'Board',
      boardPlaceholder: 'E.g. Regional Executive Board',
      meetingDate: 'Meeting date',
      diaryNumber: 'Ref. no.',
      diaryNumberPlaceholder: 'E.g. RS 2026/123',
      documentDate: 'Date',
      caseTitle: 'Case',
      department: 'Responsible department',
      manager: 'Responsible manager',
      officer: 'Case officer',
      officerHint: 'Name, unit and contact details, one per line.',
      proposals: 'Proposed decision',
      decides: (board) => `${board.trim() || 'The board'} decides to`,
      proposalNumber: (n) => `${n}.`,
      proposalName: (n) => `Proposed decision, point ${n}`,
      addProposal: 'Add point',
      removeProposal: (n) => `Remove point ${n}`,
      summary: 'Summary',
      summaryHint: 'The summary becomes the case description in the minutes. Keep it neutral.',
      caseText: 'The case',
      consequences: 'Consequences',
      equality: 'Effect of the proposal on gender equality',
      refreshFigures: 'Fetch the figures by sex from the data again',
      figuresRefreshed: 'The text has been replaced with the figures from the data.',
      undo: 'Undo',
      otherConsequences: 'Other consequences',
      economy: 'Financial consequences',
      attachments: 'Attachments',
      attachmentsHint: (report) => `One attachment per line. The plan report “${report}” is listed automatically as attachment 1.`,
      distribution: 'To be sent to',
      distributionHint: 'One recipient per line.',
      signatories: 'Signatures',
      signatoriesHint: 'One per line, e.g. “Anna Berg, Regional Director”.',
      saveDraft: 'Save draft',
      saving: 'Saving …',
      saved: (time) => `The draft was saved at ${time}.`,
      publish: 'Publish for the board',
      publishing: 'Publishing …',
      publishingDetail: 'The data is frozen and the papers are created and filed in the board papers library. This may take a while.',
      close: 'Close',
      fixToSave: 'The draft cannot be saved. Correct the marked fields.',
      fixToPublish: 'The officer’s report cannot be published yet. Correct the marked fields.',
      conflict: 'Someone else saved the draft after you opened it. Your text is still here. Load the saved draft, or save your text over it.',
      reload: 'Load the saved draft',
      keepMine: 'Save my text',
      saveFailed: (m) => `The draft could not be saved. ${m}`,
      publishFailed: (m) => `Publishing did not finish. What was saved is kept; publish again to finish. ${m}`,
      noLibrary: 'The board papers library is not available, so the papers cannot be published from here.',
      resumeNotice: 'An earlier publication of this report stopped before it finished. Publish again to finish it; the papers are made from the data frozen then.',
      publishedBefore: 'This report has been published before. Publishing again with the same ref. no. makes a new version.',
      published: (dnr, v) => `The papers are published for the board: ref. ${dnr}, version ${v}.`,
      showPublished: 'Show the published paper',
      newVersion: {
        title: 'Publish a new version?',
        text: (dnr, v, date) => `Ref. ${dnr} is already published (version ${v}, ${date}). Do you want to publish a new version? Both versions are kept.`,
        confirm: 'Publish new version',
        cancel: 'Cancel'
      },
      errors: {
        required: {
          board: 'Enter the board that is to handle the case',
          meetingDate: 'Enter the meeting date',
          diaryNumber: 'Enter the reference number (Dnr)',
          title: 'Enter the heading of the case',
          summary: 'Write a summary of the case',
          proposals: 'Write at least one proposed decision'
        },
        invalidDate: 'Enter the date as YYYY-MM-DD, e.g. 2026-12-15',
        invalidDiaryNumber: 'This does not look like a reference number, e.g. RS 2026/123',
        emptyProposal: 'The point is empty. Write what the board is to decide, or remove the point',
        tooManyProposals: (max) => `The proposed decision can have at most ${max} points`,
        tooLongLine: (max) => `The text is too long: at most ${max} characters`,
        tooLongText: (max) => `The text is too long: at most ${max.toLocaleString('en-US')} characters`,
        tooManyLines: (max) => `At most ${max} lines`,
        tooLongLines: (max) => `A line is too long: at most ${max} characters per line`
      }
    }
  };

export const boardStrings: Record<Locale, BoardStrings> = { 'sv-SE': sv, 'en-US': en };
