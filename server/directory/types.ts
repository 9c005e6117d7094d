/**
 * The demo directory: the people of the fictional Region Norrvik. One directory feeds both
 * emulators: the Graph emulator serves them as Entra ID users, the SharePoint emulator as site users.
 */
export interface DirectoryPerson {
  /** Entra ID object id (a GUID). */
  id: string;
  userPrincipalName: string;
  displayName: string;
  givenName: string;
  surname: string;
  mail: string;
  jobTitle: string;
  department: string;
  officeLocation: string | null;
  /** 'sv-SE' for most, a few 'en-US'. */
  preferredLanguage: string;
  /** Entra ID object id of the manager; null only for the region director. */
  managerId: string | null;
}

/** The people the workbench's person switch offers, by persona. */
export interface Personas {
  coordinator: string; // UPN of the internal-control coordinator (controller); the default user
  manager: string; // UPN of a responsible manager who holds measures
  boardSecretary: string; // UPN of the board secretary (nämndsekreterare)
  securityCoordinator: string; // UPN of the security coordinator (säkerhetschef), who returns or approves chapters
  areaOwner: string; // UPN of a security-area owner (funktionsområdesansvarig) of exactly one area
  indicatorOwner: string; // UPN of a manager who answers for scorecard indicators split by sex
  coResponsible: string; // UPN of the second responsible of an activity led by someone else
}
