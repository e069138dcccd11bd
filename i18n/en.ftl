# koop's messages in English. Each key has its twin in pl.ftl (a test checks both catalogues
# have the same keys and arguments, and that the code uses no key they lack).
# Sections follow the source: ui, diag, cli, then one per command and module.

## ui: the words around every message

ui-error = error
ui-warning = warning
ui-help = help
ui-caused-by = caused by
ui-pager-failed = the pager could not run; check KOOP_PAGER or PAGER (output follows)

## counts

count-errors = { $n ->
    [one] { $n } error
   *[other] { $n } errors
}
count-warnings = { $n ->
    [one] { $n } warning
   *[other] { $n } warnings
}

## help: commands (cmd-PATH), their options (arg-PATH-ID) and values (value-WORD)

cmd-koop = Case management for the Model Kooperacji: records in git, the model's rules, reports and the course
arg-koop-chdir = Run as if koop was started in DIR
arg-koop-strict = Fail (exit 1) when any record file could not be read, instead of skipping it
arg-koop-dry_run = Show what a write would change as a diff, and write nothing (exit 0, or 1 when the change would be refused)
arg-koop-reveal_diff = With --dry-run: show the decrypted text of encrypted personal files in the diff
arg-koop-color = When to colour output
arg-koop-no_pager = Print long output straight to the terminal, not through the pager (KOOP_PAGER, PAGER, or `less -FRX`)
cmd-init = Start a repository for a gmina or a powiat
arg-init-kind = gmina or powiat: the unit whose cooperation this repository holds
arg-init-name = Name of the gmina or powiat, e.g. "Przykładowo"
arg-init-locative = The name as it follows "w" in documents, e.g. "Przykładowie" (default: the name)
arg-init-powiat = The county the gmina lies in
arg-init-wojewodztwo = The voivodeship
arg-init-teryt = TERYT code: 7 digits for a gmina, 4 for a powiat
arg-init-gminy = For a powiat: a gmina it comprises; repeat for each (their OPS, cases and services name them)
arg-init-no_git = Do not run `git init`
arg-init-no_encrypt = Keep personal data in plain text (for training repositories with invented people). Without it, members and diagnoses are encrypted to your key (docs/privacy.md)
arg-init-key_name = Your name among the recipients, keys/<NAME>.txt (default: your login name)
arg-init-language = The language koop speaks in this repository, for everyone who works in it (KOOP_LANG still overrides it); default: Polish when your locale is Polish, otherwise the locale of each user
arg-init-as_of = The date the repository describes, taken for today by every command in it (`as_of` in koop.toml): for a training repository or an archived cycle; KOOP_TODAY and explicit dates still win (default: none, today is today)
arg-init-dir = Folder to create the repository in (default: the current folder)
cmd-institution = Institutions taking part in the cooperation
cmd-institution-add = Add an institution
arg-institution-add-name = Full name, e.g. "Gminny Ośrodek Pomocy Społecznej w Przykładowie"
arg-institution-add-kind = What it is
arg-institution-add-level = The level of government it works at
arg-institution-add-id = ID (folder name); default: made from the name
arg-institution-add-address = Postal address
arg-institution-add-phone = Phone number
arg-institution-add-email = E-mail address
arg-institution-add-director = Name of the director or head
arg-institution-add-director_accusative = The director's name in the accusative, printed after „przez” ("Krzysztofa Wróbla"), when koop cannot derive it (`koop check` says, K046)
arg-institution-add-director_title = The head's function, as invitations are addressed to it ("Kierownik", "Wójt Gminy"); by default the usual one for the kind (a school's "Dyrektor", the police's "Komendant"), or "Dyrektor/Kierownik"
arg-institution-add-locality_locative = The locality of its seat in the locative, printed after "z siedzibą w" ("Dąbrówce"), when koop cannot take it from the address (`koop check` says, K046)
arg-institution-add-gmina = In a powiat's repository: the gmina the institution serves (every OPS names its gmina)
cmd-institution-remove = Remove an institution (refused while records refer to it)
cmd-institution-import = Add (or with --update change) institutions from a CSV file, all or none
    .long = Add institutions from a CSV file: one row per institution, a header row naming the columns in English (`name`, `kind`, `level`, … as `koop institution list --format csv` prints them) or in Polish (`nazwa`, `rodzaj`, `poziom`, …). UTF-8 with or without a BOM; a comma or a semicolon between values, as a spreadsheet program saves. Every row is checked as `koop institution add` checks its options; a file with a bad row is refused whole, every bad row named at its line. A row of an institution that exists and is the same is skipped; one that differs is an error, unless --update is given. Everything is written as one change (one operation of `koop log`, taken back by `koop undo`); --dry-run shows it and writes nothing. The columns are listed in docs/format.md, "Importing CSV".
arg-institution-import-file = The CSV file (`-`: standard input)
arg-institution-import-update = Change institutions that exist and differ from their row (their other fields, comments and layout stay)
arg-institution-import-encoding = The file's encoding: UTF-8 ("CSV UTF-8"), or Windows-1250 (a Polish Excel's plain "CSV")
arg-institution-remove-id = The institution's ID
arg-institution-remove-cascade = Also remove the people of the institution (institutions/<id>/people/)
arg-institution-remove-force = Remove it even when other records refer to it (teams, cases, services…)
cmd-institution-list = List institutions
arg-institution-list-kind = Only institutions of this kind
arg-institution-list-level = Only institutions at this level
arg-institution-list-format = Output format
cmd-institution-show = Show one institution with its people, teams and services
arg-institution-show-id = Institution ID
arg-institution-show-format = Output format
cmd-person = People working in the institutions
cmd-person-add = Add a person to an institution
arg-person-add-institution = ID of the institution the person works at
arg-person-add-name = First name and surname
arg-person-add-id = ID (file name, unique across institutions); default: made from the name
arg-person-add-position = Job title (stanowisko służbowe)
arg-person-add-phone = Phone number
arg-person-add-email = E-mail address
arg-person-add-roles = A role in the model; repeat for several
arg-person-add-post = Fraction of a full-time post given to the model (etat): 0.5, 0,5, 1/4 or ¼
arg-person-add-gminy = A gmina the (county) animator is responsible for; repeat for several
cmd-person-remove = Remove a person (refused while records refer to them)
cmd-person-import = Add (or with --update change) people from a CSV file, all or none
    .long = Add people from a CSV file: one row per person, a header row naming the columns in English (`institution`, `name`, `position`, `roles`, … as `koop person list --format csv` prints them) or in Polish (`instytucja`, `imię i nazwisko`, `stanowisko`, `role`, …). The institution is given by its ID or its full name; several roles or gminy in one cell are separated by commas. UTF-8 with or without a BOM; a comma or a semicolon between values, as a spreadsheet program saves. Every row is checked as `koop person add` checks its options; a file with a bad row is refused whole, every bad row named at its line. A row of a person who exists and is the same is skipped; one that differs is an error, unless --update is given. Everything is written as one change (one operation of `koop log`, taken back by `koop undo`); --dry-run shows it and writes nothing. The columns are listed in docs/format.md, "Importing CSV".
arg-person-import-file = The CSV file (`-`: standard input)
arg-person-import-update = Change people who exist and differ from their row (their other fields, comments and layout stay)
arg-person-import-encoding = The file's encoding: UTF-8 ("CSV UTF-8"), or Windows-1250 (a Polish Excel's plain "CSV")
arg-person-remove-id = The record's ID
arg-person-remove-force = Remove it even when other records refer to it (they are left naming a record that no longer exists, and `koop check` reports them)
cmd-person-list = List people
arg-person-list-institution = Only people of this institution
arg-person-list-role = Only people with this role
arg-person-list-format = Output format
cmd-team = Teams (PZK, GGK), their members and agreements
cmd-team-new = Create a team (PZK or GGK)
arg-team-new-kind = pzk or ggk
arg-team-new-name = Full name, e.g. "Partnerski Zespół Kooperacji Gminy Przykładowo"
arg-team-new-id = ID (file name); default: made from the name
arg-team-new-coordinator = Person ID of the coordinator
cmd-team-remove = Remove a team (refused while cases or meetings refer to it)
arg-team-remove-id = The record's ID
arg-team-remove-force = Remove it even when other records refer to it (they are left naming a record that no longer exists, and `koop check` reports them)
cmd-team-list = List teams
arg-team-list-kind = Only teams of this kind
arg-team-list-format = Output format
cmd-team-show = Show a team: coordinator, agreement, members and their delegates
arg-team-show-id = Team ID
arg-team-show-format = Output format
cmd-team-member = Members of a team
cmd-team-member-add = Add a member institution (or more delegates of a member) to a team
arg-team-member-add-team = Team ID
arg-team-member-add-institution = Institution ID
arg-team-member-add-core = The institution is part of the team's core (trzon zespołu)
arg-team-member-add-delegates = Person ID of a delegated worker of that institution; repeat for several
cmd-team-member-remove = Remove a member institution from the team
arg-team-member-remove-team = Team ID
arg-team-member-remove-institution = The member institution's ID
cmd-team-agreement = Set the details of a team's agreement (porozumienie)
arg-team-agreement-team = Team ID
arg-team-agreement-signed = Date the agreement was concluded
arg-team-agreement-place = Town where it was concluded, as it is named ("Przykładowo"); for the repository's own gmina koop takes the locative zał. 3 prints after „zawarte w” from koop.toml
arg-team-agreement-place_locative = The town in the locative, printed after „zawarte w” in zał. 3 ("Dąbrówce"), when it is not the repository's own gmina (`koop check` says, K046)
arg-team-agreement-meeting_place = Where the team meets
arg-team-agreement-frequency_months = Meetings at least every N months (a PZK at least quarterly: 3 or less)
arg-team-agreement-valid_until = Last day the agreement is in force
arg-team-agreement-purpose = For a team formed after the project „Kooperacja – efektywna i skuteczna”: § 1 ust. 1 of the agreement (zał. 5) in your own words, replacing the project's, as the form's footnote provides ("zapis będzie zmieniony")
cmd-team-sign = Record that an institution signed the team's agreement
arg-team-sign-team = Team ID
arg-team-sign-institution = Institution ID of the signatory
arg-team-sign-representative = Who signed for it (default: its director)
arg-team-sign-representative_accusative = The representative's name in the accusative, printed after „przez” in zał. 3 ("Krzysztofa Wróbla"), when koop cannot derive it (`koop check` says, K046)
arg-team-sign-joined = Date it joined, when later than the agreement (zał. 5 §4.3)
cmd-service = The local list of activities and services
cmd-service-add = Add a service to the list
arg-service-add-name = Name of the activity or service
arg-service-add-provider = ID of the institution that provides it
arg-service-add-level = gmina, powiat or wojewodztwo list (default: the provider's level)
arg-service-add-id = ID (file name); default: made from the name
arg-service-add-description = What it offers
arg-service-add-description_file = Read --description from a file instead (`-`: standard input)
arg-service-add-target_group = Who it is for
arg-service-add-contact = How to reach it
arg-service-add-gmina = In a powiat's repository, for a gmina's service: the gmina where it is offered (default: its provider's gmina)
cmd-service-remove = Remove a service (refused while tasks use it)
arg-service-remove-id = The record's ID
arg-service-remove-force = Remove it even when other records refer to it (they are left naming a record that no longer exists, and `koop check` reports them)
cmd-service-list = List services
arg-service-list-provider = Only services of this provider
arg-service-list-level = Only services of this level
arg-service-list-format = Output format
cmd-meeting = Meetings of a team: plan, invite, attendance, minutes, approval
cmd-meeting-new = Plan a meeting of a team; prints its ID
    .long = Plan a meeting of a team; prints its ID.

        On a terminal, `koop meeting new` without its required options asks for them, one question at a time: the team and the kind of meeting (chosen from numbered lists), the day, the hours and the place. It then shows the command that does the same and runs it once you answer yes. Ctrl-D at any question writes nothing. Without a terminal (a script), the missing arguments are an error.
arg-meeting-new-team = Team ID
arg-meeting-new-date = Day of the meeting
arg-meeting-new-start = Start, HH:MM
arg-meeting-new-end = End, HH:MM
arg-meeting-new-place = Where
arg-meeting-new-goal = What the meeting is for, as the invitation states it (zał. 2: "cel spotkania")
arg-meeting-new-kind = What the meeting is for
arg-meeting-new-agenda = Fill in an agenda (initiating: the 12 points of zał. 2)
arg-meeting-new-minutes_by = Person ID of who writes the minutes
arg-meeting-new-cases = A case the team is convened for (a GGK meets about a concrete person or family), by number; repeat for several
arg-meeting-new-allow_duplicate = Record it even though the very same entry is already recorded (K034)
cmd-meeting-list = List meetings
arg-meeting-list-team = Only meetings of this team
arg-meeting-list-format = Output format
cmd-meeting-show = Show a meeting
arg-meeting-show-id = Meeting ID
arg-meeting-show-format = Output format
cmd-meeting-invite = Invite institutions (the invitation goes to the director), with a date to confirm by
arg-meeting-invite-id = Meeting ID
arg-meeting-invite-rsvp_by = Date to confirm attendance by
arg-meeting-invite-institutions = Institution IDs to invite
arg-meeting-invite-person = The representative invited by name, when it is not the director (zał. 2: "ze wskazaniem w treści imiennie zapraszanego przedstawiciela"); one institution only
arg-meeting-invite-sent = The day the invitations are sent; the letters are dated by it (default: the day the document is printed)
cmd-meeting-attend = Record who attended
arg-meeting-attend-id = Meeting ID
arg-meeting-attend-people = Person IDs of those present
cmd-meeting-minutes = Store the minutes (protokół) from a text file, or name who writes them
arg-meeting-minutes-id = Meeting ID
arg-meeting-minutes-file = UTF-8 text file with the minutes
arg-meeting-minutes-by = Person ID of who writes (or wrote) the minutes (zał. 2: "osoba odpowiedzialna za sporządzenie protokołu"); can be named before the meeting, without --file
arg-meeting-minutes-replace = Replace minutes, or a minute-taker, already stored
cmd-meeting-approve = Record that a later meeting approved the minutes
arg-meeting-approve-id = Meeting ID whose minutes were approved
arg-meeting-approve-at = The later meeting at which they were approved
cmd-meeting-decide = Record a decision (ustalenie) taken at the meeting, with who carries it out and by when
arg-meeting-decide-id = Meeting ID
arg-meeting-decide-owner = Person or institution ID that carries it out
arg-meeting-decide-due = By when
arg-meeting-decide-text = What was decided (or --text-file)
arg-meeting-decide-text_file = Read the text from a file instead (`-`: standard input)
arg-meeting-decide-allow_duplicate = Record it even though the very same entry is already recorded (K034)
cmd-meeting-decision = Remove a decision of a meeting
cmd-meeting-decision-remove = Remove a decision recorded by mistake
arg-meeting-decision-remove-meeting = Meeting ID
arg-meeting-decision-remove-n = The decision's number, 1 for the first in the file (`koop meeting show ID --format json` lists them in that order)
cmd-meeting-cancel = Cancel a meeting that has not taken place (its file is removed)
arg-meeting-cancel-id = Meeting ID
cmd-meeting-reschedule = Move a meeting to another date or time (its ID follows the date; its calendar UID stays)
arg-meeting-reschedule-id = Meeting ID
arg-meeting-reschedule-date = The new date; the meeting's ID (its file name) changes with it
arg-meeting-reschedule-start = The new start time
arg-meeting-reschedule-end = The new end time (without it, a new start keeps the meeting's length)
arg-meeting-reschedule-allow_duplicate = Move it even onto a slot where the team already meets (K034)
cmd-meeting-remove = Remove a meeting's record (refused while other meetings refer to it)
arg-meeting-remove-id = The record's ID
arg-meeting-remove-force = Remove it even when other records refer to it (they are left naming a record that no longer exists, and `koop check` reports them)
cmd-model = The model's course: stages I–IV, steps done, due and late on the 18-month timeline
cmd-model-start = Start a cycle of the model (the first, or a continuation)
arg-model-start-date = The day the cycle starts
arg-model-start-continuation = A continuing implementation (Założenia organizacyjne: "kolejne wdrażanie"): new agreement, new goals, the team completed
arg-model-start-organisation_months = Months for organisation (Założenia organizacyjne, pkt 14: about 3)
arg-model-start-work_months = Months of work with people and families (Założenia organizacyjne, pkt 14: up to 13)
arg-model-start-summary_months = Months for the summary (about 2)
cmd-model-step = Steps of the course
cmd-model-step-done = Record that a step was done (the decision step with --decision)
arg-model-step-done-step = Step number, e.g. 5.2
arg-model-step-done-date = The day it was done (default: today)
arg-model-step-done-note = What was done, briefly
arg-model-step-done-note_file = Read --note from a file instead (`-`: standard input)
arg-model-step-done-decision = For the decision step (9.3, or 7 of a continuation): continue the work with the model, or end the cooperation
arg-model-step-done-resources_assessed = For step 2.4, the report to ROPS (załącznik nr 1): the gmina's resources were assessed ("dokonano oceny obrazu zasobów gminy")
arg-model-step-done-own_attempt = For step 2.4: the gmina tried to build the cooperation on its own ("podjęto próbę samodzielnego zawiązania kooperacji")
arg-model-step-done-actions = For step 2.4: what has been done so far, briefly ("Krótki opis dotychczas zrealizowanych działań"), printed in załącznik nr 1
cmd-model-step-omit = Record that this gmina or powiat does not adopt a step (a part of the model only)
arg-model-step-omit-step = Step number, e.g. 7.3
arg-model-step-omit-reason = Why the step is not adopted (Założenia organizacyjne: "decyzję o wdrażaniu elementu bądź całego Modelu")
cmd-model-step-undo = Undo a step recorded as done by mistake, or take back a step left out (omit)
arg-model-step-undo-step = The step, e.g. 5.2
cmd-model-status = Show each stage and step: done, due or late against the timeline, and what is next
arg-model-status-format = Output format
cmd-agenda = What is coming: meetings, deadlines, evaluations and monitoring due, RSVP dates
arg-agenda-days = How many days ahead, today included
arg-agenda-format = Output format
cmd-case = Cases: referral, consent, qualification, diagnosis, plan, closure
cmd-case-new = Register a referral (zgłoszenie); prints the new case number
    .long = Register a referral (zgłoszenie); prints the new case number.

        On a terminal, `koop case new` without --kind or --referred-by asks for what is needed, one question at a time: the referring institution and the kind (chosen from numbered lists), the referral's date, the members of the household and whether they consented. It then shows the commands that do the same (koop case new, koop case member add, koop case consent) and, once you answer yes, runs them as one change, which one `koop undo` takes back. Ctrl-D at any question writes nothing. Without a terminal (a script), the missing arguments are an error.
arg-case-new-kind = person, family or group
arg-case-new-referred_by = Institution ID of the referring institution
arg-case-new-referrer = Person ID of the referring worker
arg-case-new-date = Date of referral (default: today)
arg-case-new-coordinator = Person ID of the coordinating social worker (an OPS employee)
arg-case-new-gmina = In a powiat's repository: the gmina the person or family lives in
arg-case-new-expectations = Summary of the expectation card (karta oczekiwań)
arg-case-new-expectations_file = Read --expectations from a file instead (`-`: standard input)
cmd-case-list = List cases
arg-case-list-status = Only cases with this status (repeat for several)
arg-case-list-gmina = Only the cases of this gmina (in a powiat's repository, as the cases name it)
arg-case-list-format = Output format
cmd-case-find = Find cases by members' names, places of residence and phone numbers (decrypted), the diagnosis and the case's notes; case and diacritics do not matter
arg-case-find-text = What to look for: every word must be somewhere in the case ("zolkiewski" finds "Żółkiewski"; "600 100 200" finds "+48 600-100-200")
arg-case-find-reveal = Show the values found (names and contact data too), not only where they are
arg-case-find-format = Output format
cmd-case-show = Show a case: course, members (pseudonymous), plan and monitoring
arg-case-show-id = Case number or folder
arg-case-show-reveal = Show members' names and contact data
arg-case-show-format = Output format
cmd-case-member = Members of a case (personal data, kept in members.toml)
cmd-case-member-add = Add a member of the person's household, family or group
arg-case-member-add-id = Case number or folder
arg-case-member-add-name = First name and surname
arg-case-member-add-birth_year = Year of birth
arg-case-member-add-age = Age, when the year of birth is not known
arg-case-member-add-residence = Place of residence
arg-case-member-add-phone = Phone number
arg-case-member-add-relation = Relation (matka, ojciec, syn, …)
cmd-case-member-remove = Remove a member (refused while tasks, consent or reports name them)
arg-case-member-remove-id = Case number
arg-case-member-remove-key = The member: m1, m2, … as `koop case show` numbers them
arg-case-member-remove-force = Remove them even when tasks, consent or monitoring name them
cmd-case-consent = Record a member's consent (an adult's own, a parent's also for minors), or its withdrawal
arg-case-consent-id = Case number or folder
arg-case-consent-date = Date consent was given (or, with --withdraw, withdrawn)
arg-case-consent-by = The adult member who gave it (`m1`, as `koop case show` numbers them)
arg-case-consent-on_behalf_of = A minor for whom they consent as a legal representative (repeatable)
arg-case-consent-form = How it was given
arg-case-consent-scope = What it covers
arg-case-consent-share = What koop may share with whom under it: institution IDs or kinds, then the categories, e.g. `sp1,school=plan,monitoring` (repeatable; categories: identity, diagnosis or one heading of it, plan, monitoring, evaluations)
arg-case-consent-withdraw = Record that the member withdrew their consent on --date
cmd-case-qualify = Record the team's qualification (needs consent)
arg-case-qualify-id = Case number or folder
arg-case-qualify-team = Team ID that qualified the case
arg-case-qualify-date = Date of the decision
arg-case-qualify-reason = Why the team found the help necessary ("uznana przez Zespół … za niezbędną")
cmd-case-diagnosis = Record the diagnosis (part A of zał. 6), kept encrypted with the members
arg-case-diagnosis-id = Case number or folder
arg-case-diagnosis-date = Date of the diagnosis (default: today)
arg-case-diagnosis-author = Person ID of the social worker
arg-case-diagnosis-material = Sytuacja materialna
arg-case-diagnosis-material_file = Read --material from a file instead (`-`: standard input)
arg-case-diagnosis-housing = Sytuacja mieszkaniowa
arg-case-diagnosis-housing_file = Read --housing from a file instead (`-`: standard input)
arg-case-diagnosis-professional = Sytuacja zawodowa
arg-case-diagnosis-professional_file = Read --professional from a file instead (`-`: standard input)
arg-case-diagnosis-health = Sytuacja zdrowotna
arg-case-diagnosis-health_file = Read --health from a file instead (`-`: standard input)
arg-case-diagnosis-care = Sytuacja opiekuńczo-wychowawcza
arg-case-diagnosis-care_file = Read --care from a file instead (`-`: standard input)
arg-case-diagnosis-relations = Relacje w rodzinie
arg-case-diagnosis-relations_file = Read --relations from a file instead (`-`: standard input)
arg-case-diagnosis-problems = An identified problem; repeat for several
arg-case-diagnosis-needs = An identified need; repeat for several
cmd-case-activate = Adopt the plan: the case becomes active (needs a plan with a task)
arg-case-activate-id = Case number or folder
arg-case-activate-date = Date the plan was adopted (default: today)
cmd-case-close = Close the case with a handover (needs an evaluation)
arg-case-close-id = Case number or folder
arg-case-close-date = Date work ended
arg-case-close-handover = How the person or family is handed over
arg-case-close-handover_file = Read --handover from a file instead (`-`: standard input)
arg-case-close-follow_up_until = Follow up sustained change until this date
cmd-case-end = End a case other than by success: not-qualified, refused, withdrawn or discontinued, with the date and the reason (`koop case reopen` takes it back)
arg-case-end-id = Case number or folder
arg-case-end-outcome = How it ended: not-qualified (the team did not qualify it), refused (by the person or family), withdrawn (by the referring institution), discontinued (work stopped before its goals)
arg-case-end-date = The day it ended
arg-case-end-reason = Why
arg-case-end-reason_file = Read the reason from a file (`-`: standard input)
cmd-case-renumber = Settle a case number two clones both took: the moves `koop check` (K004) names
arg-case-renumber-id = Folder of the case to renumber (default: every case that `koop check` says must move because another has its number)
arg-case-renumber-force = Renumber this case even when it is the one that keeps its number, or has no clash
cmd-case-anonymise = Replace an ended case's personal data by a tombstone once it is past retention, keeping its figures and anonymous history; recorded in the disclosure register
arg-case-anonymise-id = Case number or folder
arg-case-anonymise-force = Anonymise a case not yet past retention (needs --reason)
arg-case-anonymise-reason = Why (kept in the register; no names), e.g. the person's request under art. 17 RODO
cmd-retention = Ended cases whose personal data is past the retention period of koop.toml ([retention])
arg-retention-all = List every ended case with the day its period ends, not only those past it
arg-retention-format = Output format
cmd-case-reopen = Reopen a closed case (its closure is removed)
arg-case-reopen-id = Case number
cmd-case-unqualify = Undo a qualification: the case is referred again
arg-case-unqualify-id = Case number
cmd-case-remove = Remove a case and all its files
arg-case-remove-id = Case number or folder
cmd-goal = Goals of a case's plan (IPW)
cmd-goal-add = Add a specific goal (or set the main goal with --main)
arg-goal-add-id = Case number or folder
arg-goal-add-main = This is the main goal (cel główny)
arg-goal-add-text = What the goal is (or --text-file)
arg-goal-add-text_file = Read the text from a file instead (`-`: standard input)
cmd-goal-remove = Remove a goal and its tasks
arg-goal-remove-id = Case number
arg-goal-remove-goal = The goal's number; its tasks go with it
arg-goal-remove-force = Remove it even when monitoring or evaluations refer to it or its tasks
cmd-task = Tasks of a case's plan
cmd-task-add = Add a task to a specific goal
arg-task-add-id = Case number or folder
arg-task-add-goal = The specific goal, by its number (`koop case show` lists them)
arg-task-add-responsible = Who is responsible: an institution ID, a person ID or a member (`m1`)
arg-task-add-due = Deadline
arg-task-add-service = Service ID from the list of services
arg-task-add-text = What is to be done (or --text-file)
arg-task-add-text_file = Read the text from a file instead (`-`: standard input)
arg-task-add-allow_duplicate = Record it even though the very same entry is already recorded (K034)
cmd-task-done = Mark a task done
arg-task-done-id = Case number or folder
arg-task-done-task = Task number, e.g. 2.1
arg-task-done-date = Date it was done (default: today)
cmd-task-reschedule = Give a task a new deadline
arg-task-reschedule-id = Case number
arg-task-reschedule-task = The task's number, e.g. 1.2
arg-task-reschedule-due = The new deadline, YYYY-MM-DD
cmd-task-remove = Remove a task
arg-task-remove-id = Case number
arg-task-remove-task = The task's number, e.g. 1.2
arg-task-remove-force = Remove it even when monitoring refers to it
cmd-task-list = List tasks across cases
arg-task-list-case = Only tasks of this case
arg-task-list-overdue = Only open tasks past their deadline
arg-task-list-due_before = Only open tasks due before this date
arg-task-list-responsible = Only tasks of this institution, person or member (`m1`)
arg-task-list-all = Include done tasks
arg-task-list-format = Output format
cmd-monitor = Monthly monitoring of a case's tasks
cmd-monitor-add = Record progress on a task for a month
arg-monitor-add-id = Case number or folder
arg-monitor-add-month = The month reported on, YYYY-MM
arg-monitor-add-task = Task number, e.g. 1.2
arg-monitor-add-by = Who reports: an institution ID, a person ID (their institution reports) or a member (`m1`)
arg-monitor-add-date = Date of the report (default: today)
arg-monitor-add-text = Information on progress (or --text-file)
arg-monitor-add-text_file = Read the text from a file instead (`-`: standard input)
arg-monitor-add-allow_duplicate = Record it even though the very same entry is already recorded (K034)
cmd-monitor-month = Enter a month's monitoring of every case at once, in the editor
    .long = Opens one sheet in your editor (VISUAL or EDITOR) listing, per active case, every task open in the month with who is responsible and what is already reported. Write the progress after the colon of a task's line and save: every filled line becomes a monitoring entry (zał. 7), all in one change. Lines left empty are skipped. A sheet with a mistake is not saved: on a terminal you may open it again.
arg-monitor-month-month = The month reported on, YYYY-MM
arg-monitor-month-case = Only this case
arg-monitor-month-by = Only the tasks this institution is responsible for
arg-monitor-month-date = Date of the information (default: today)
cmd-monitor-sheet = Write the monitoring form one institution fills in for a month (CSV or XLSX)
    .long = The form lists the institution's tasks open in the month: case numbers and task texts, with no names of family members. The institution fills the progress column (and, if it wants, the date) and sends it back; `koop monitor import` reads it.
arg-monitor-sheet-month = The month reported on, YYYY-MM
arg-monitor-sheet-by = The institution that fills in the form
arg-monitor-sheet-format = Format of the form (default: from the extension of -o, else csv)
arg-monitor-sheet-output = Write the form to this file (default: standard output, csv only)
cmd-monitor-import = Read a filled monitoring form (CSV or XLSX) into the cases
    .long = Every row with progress becomes a monitoring entry, checked as `koop monitor add` checks it. A row already recorded is skipped, so reading a form twice adds nothing. When a row is wrong, each is named by its line and column and nothing is written, unless --partial is given. CSV files may be comma- or semicolon-separated, UTF-8 with or without BOM; headers in English or Polish.
arg-monitor-import-file = The filled form: a .csv or .xlsx file
arg-monitor-import-partial = Write the good rows even when some are wrong (the wrong ones are listed)
arg-monitor-import-date = Date of the information for rows that give none (default: today)
value-xlsx = An Excel workbook (.xlsx)
cmd-monitor-remove = Remove a monitoring entry (one task, month and reporter)
arg-monitor-remove-id = Case number
arg-monitor-remove-month = The month of the report
arg-monitor-remove-task = The task the entry is about
arg-monitor-remove-by = Who reported it: an institution ID or a member (`m1`)
arg-monitor-remove-entry = Which of the entries on the task, from 1, when there are several
cmd-eval = Evaluations of a case (part C)
cmd-eval-add = Record an evaluation (part C of the karta)
arg-eval-add-id = Case number or folder
arg-eval-add-date = Date of the evaluation
arg-eval-add-main_goal = Degree of achievement of the main goal
arg-eval-add-goals = Per goal: N=DEGREE or N=DEGREE:reasons, e.g. 1=achieved or "2=partly:brak miejsc"; repeat
arg-eval-add-comment = Comment on the main goal
arg-eval-add-comment_file = Read --comment from a file instead (`-`: standard input)
arg-eval-add-next = Date of the next evaluation
arg-eval-add-end = This evaluation ends the work with the person or family
cmd-eval-remove = Remove an evaluation
arg-eval-remove-id = Case number
arg-eval-remove-date = The evaluation's date
cmd-report = Reports: monthly monitoring, overdue tasks, caseload
cmd-report-monitoring = Per active case and task: responsible party, progress for the month, missing reports
arg-report-monitoring-month = The month, YYYY-MM
arg-report-monitoring-case = Only this case
arg-report-monitoring-gmina = Only the cases of this gmina (in a powiat's repository, as the cases name it)
arg-report-monitoring-format = Output format
cmd-report-overdue = Open tasks past due, by responsible institution
arg-report-overdue-on = The day to measure against (default: today)
arg-report-overdue-gmina = Only the cases of this gmina (in a powiat's repository, as the cases name it)
arg-report-overdue-format = Output format
cmd-report-caseload = Per institution and person: active cases and open tasks
arg-report-caseload-gmina = Only the cases of this gmina (in a powiat's repository, as the cases name it)
arg-report-caseload-format = Output format
cmd-keys = Encryption of personal data: your identity, the recipients, re-encryption
cmd-keys-generate = Make your identity (private key) if you have none, and print its public key
arg-keys-generate-output = Where to write it (default: KOOP_IDENTITY, else ~/.config/koop/identity.txt)
cmd-keys-add = Add a colleague's public key and re-encrypt the personal data to include them
arg-keys-add-name = The recipient's name, e.g. `anna-kowalska` (the file keys/<NAME>.txt)
arg-keys-add-key = The public key: `age1…` or `ssh-ed25519 AAAA…`, or a file holding it (e.g. ~/.ssh/id_ed25519.pub). Default: your own identity's public key
cmd-keys-list = List the recipients the personal data is encrypted to
arg-keys-list-format = Output format
cmd-keys-remove = Remove a recipient and re-encrypt the personal data without them
arg-keys-remove-name = The recipient's name (see `koop keys list`)
cmd-keys-rotate = Re-encrypt every file of personal data to the current recipients (and encrypt any left in plain text)
cmd-export = Exports for others: aggregate figures without personal data
cmd-export-stats = Figures without personal data: cases by kind and status, goals achieved, tasks, institutions involved, services used, meetings held
arg-export-stats-period = The period: a year (2026), a month (2026-10), a day, or a range (2026-01..2026-06). Default: from the first referral to today
arg-export-stats-format = Output format
arg-export-stats-output = Write to FILE instead of standard output
cmd-region = The region's view (ROPS): many gmina and powiat repositories at once, without decrypting personal data
cmd-region-init = Create a region workspace: DIR/koop-region.toml listing the repositories
arg-region-init-dir = The workspace folder (created when missing)
arg-region-init-name = The region's name (default: the folder's name)
cmd-region-add = Add a repository to the workspace: a folder of a koop repository or a git remote
arg-region-add-source = A koop repository's folder, or a git URL (https://…, ssh://…, file://…, user@host:path)
arg-region-add-name = Its name in the region's tables (default: the last part of the path or URL)
arg-region-add-remote = Take SOURCE as a git remote even if it looks like a folder
cmd-region-list = List the workspace's repositories
arg-region-list-format = Output format
cmd-region-pull = Clone the remotes not cloned yet, and bring the others up to date (git pull --ff-only)
cmd-region-status = Per repository: kind, stage of the model, next step, cases by status, last change
arg-region-status-format = Output format
cmd-region-check = Per repository: how many errors and warnings the rules find (exit 1 with any error)
arg-region-check-format = Output format
cmd-region-stats = Figures without personal data per repository and in total (those of koop export stats)
arg-region-stats-period = The period: a year (2026), a month (2026-10), a day, or a range (2026-01..2026-06). Default: from the first referral in any repository to today
arg-region-stats-format = Output format
cmd-region-report = Lists the ROPS keeps, from every repository, without personal data
cmd-region-report-services = The regional list of activities and services: every repository's services, by repository
arg-region-report-services-level = Only services of this level (gmina, powiat, wojewodztwo)
arg-region-report-services-format = Output format
cmd-region-report-needs = What each repository reported to the ROPS (step 2.4, załącznik nr 1), and who has not reported yet
arg-region-report-needs-format = Output format
cmd-doc = Documents: the model's forms filled from the records, as Markdown, HTML or PDF
cmd-doc-list = List the documents koop renders
arg-doc-list-format = Output format
cmd-doc-templates = List the templates (built in or overridden by templates/), or export the built-in ones
arg-doc-templates-export = Write the built-in templates into DIR (e.g. `templates` to customise them in place)
arg-doc-templates-force = With --export: replace files that already exist
cmd-doc-zgloszenie-rops = zał. 1: Zgłoszenie potrzeby włączenia ROPS (ID: the contact person; default: the animator)
cmd-doc-porozumienie = zał. 5 (or 3): Porozumienie na rzecz współdziałania of a team (ID: the team)
cmd-doc-karta = zał. 6: Karta planu pracy z osobą/rodziną, parts A, B, C (ID: the case)
cmd-doc-monitoring = zał. 7: Monitoring pracy z osobą/rodziną for a month (ID: the case; --month)
cmd-doc-zaproszenie = Invitations to a meeting, one page per invited institution (ID: the meeting)
cmd-doc-lista-obecnosci = Lista obecności of a meeting (ID: the meeting)
cmd-doc-protokol = Protokół of a meeting (ID: the meeting)
cmd-doc-efekty = Effects for a council session (step 10.1): cases, goals, institutions, services
arg-doc-id = The record the document is about (team, case, meeting or person; see `koop doc list`)
arg-doc-format = Output format (default: the one -o's extension names, else md)
arg-doc-output = Write to FILE (`-` for standard output); its extension (.pdf, .html, .md, .json) sets the format. Default: standard output, or `<document>-<id>.pdf` in the current folder for a PDF. The folder must exist
arg-doc-force = With --reveal: write the file inside the repository even where git does not ignore it
arg-doc-month = The month, YYYY-MM (monitoring; default: the previous month)
arg-doc-variant = The agreement's wording (porozumienie): 5 = PZK and GGK, 3 = partnership
arg-doc-date = The date to print on the document (default: today; the karta: the plan's adoption date; the zgłoszenie: the day of step 2.4)
arg-doc-reveal = Print the family's personal data (names, contact data, diagnosis), e.g. on zał. 6 to sign; without it they appear by number (m1, m2) and as "(ukryte)"
arg-doc-evaluation = For the karta: the evaluation part C prints, by its date (default: the latest)
arg-doc-blank = Print the form empty, to fill in by hand (a visit, a meeting): no record is read into it
cmd-doc-lista-uslug = The local list of services (step 6.4), by level, with providers and contacts
arg-doc-purpose = With --reveal written to a file: why, for the disclosure register (`koop share log`)
cmd-share = A disclosure package: what one institution may see of a case under the consent in force, recorded in the disclosure register
arg-share-id = Case number or folder
arg-share-to = The institution that receives the package (its ID)
arg-share-purpose = Why it is given (printed in the package and kept in the register; no names)
arg-share-format = Output format (default: the one -o's extension names, else md)
arg-share-output = Write to FILE (`-` for standard output). Default: standard output, or `pakiet-<case>-<institution>.pdf` in the current folder for a PDF
arg-share-force = Write the file inside the repository even where git does not ignore it
arg-share-date = The day of the disclosure, whose consent applies (default: today)
cmd-share-log = The disclosure register: every package, every revealed document written to a file, every anonymisation
arg-share-log-case = Only this case (number or folder)
arg-share-log-to = Only packages for this institution
arg-share-log-format = Output format
cmd-edit = Open a record in your editor ($VISUAL, $EDITOR); the result is checked before it is saved
    .after = The record: a path in the repository (teams/pzk.toml), a case number with its file (case, members, diagnosis, plan; members and diagnosis are decrypted for the edit), or a kind (institution, person, team, service, meeting, cycle) with the record's ID.

        The editor is $VISUAL, else $EDITOR, else vi. Nothing is saved when the editor fails or the file comes back unchanged; a result with new errors is shown and, on a terminal, can be re-opened.
arg-edit-record = The record: a path in the repository, a case number, or a kind (institution, person, team, service, meeting, cycle)
arg-edit-what = With a case number: the case's file (case, members, diagnosis, plan); with a kind: the record's ID
cmd-undo = Undo koop's last change to the records (when its files have not changed since)
    .after = Each `koop undo` takes back one more change, newest first; an undo is itself logged, but there is no redo (run the command again instead). A change whose files were changed since (by hand, by git, by another command) is not undone.
arg-undo-force = Undo even when the repository would then break a rule (e.g. a record added since refers to what the undo takes away)
cmd-log = koop's own log of the changes it made here (kept in .koop/, not shared through git)
arg-log-limit = Show at most this many operations, newest first
arg-log-format = Output format
cmd-sync = Share your work: commit, pull your colleagues' changes (merged by identity), check, push
arg-sync-message = The commit message (default: koop's operations since the last sync, one a line)
arg-sync-no_push = Commit and pull, but do not push
cmd-git = Sharing through git: merge drivers that merge records by identity, conflicts resolved
cmd-git-setup = Set this clone up for koop: merge drivers that merge records by identity (encrypted ones too) and decrypted diffs of encrypted files for key holders
cmd-git-resolve = Merge record files git left unmerged, by identity, from the versions git keeps
arg-git-resolve-paths = The files (default: every record file git lists as unmerged)
cmd-git-merge-driver = The merge driver git runs (set up by `koop git setup`): BASE OURS THEIRS PATH
arg-git-merge-driver-encrypted = The files are encrypted (`.age`)
arg-git-merge-driver-base = The common ancestor's version (%O)
arg-git-merge-driver-ours = Our version, where the result goes (%A)
arg-git-merge-driver-theirs = Their version (%B)
arg-git-merge-driver-path = The file's path in the repository (%P)
cmd-git-textconv = The diff driver git runs for encrypted files: prints the decrypted text
arg-git-textconv-file = The file to show
cmd-migrate = Bring the records to the format this koop writes (identities for members, goals, tasks…)
cmd-check = Check the repository against the model's rules (`koop rules` lists them)
    .long = Check the repository against the model's rules (`koop rules` lists them). Every finding names its file, line and column and what to do; the exit code is 1 when there is an error (or a warning, with --deny warnings). What was parsed is kept in .koop/cache/ (ignored by git; personal data encrypted to your own key), so the next check parses only the files that changed; KOOP_CACHE=off turns it off, and deleting .koop/cache/ is always safe.
arg-check-rules = Only these rules (codes such as K012); repeat for several
arg-check-allow = Do not report these rules (added to `[check] allow` of koop.toml); repeat for several
arg-check-deny = Make warnings fail the check too
arg-check-format = Output format
cmd-rules = List the rules `koop check` applies
arg-rules-format = Output format; `md` is docs/rules.md
cmd-explain = Explain a rule: what it checks, why (quoting its source) and how to fix a finding
arg-explain-code = Rule code, e.g. K012
cmd-completions = Print the shell completion script: subcommands, options, values and this repository's IDs complete on Tab
arg-completions-shell = The shell to complete in
cmd-man = Write the manual pages (koop.1 and one per command) into a folder
arg-man-dir = The folder to write the pages into (koop.1, koop-case.1, koop-case-new.1, …); it must exist

value-3 = zał. 3: a partnership agreement listing the parties
value-5 = zał. 5: PZK with a GGK of workers
value-achieved = Achieved (osiągnięty)
value-active = The plan (IPW) is adopted and being carried out
value-always = Always
value-animator-gminy = OPS worker who animates the cooperation in the gmina
value-animator-powiatu = PCPR worker who animates the cooperation in the county
value-auto = On a terminal, unless NO_COLOR is set
value-closed = Work ended with an evaluation and a handover
value-continue = Continue the work with the model: a continuation cycle may follow
value-court = A court (family division)
value-csv = Comma-separated values with a header row (RFC 4180)
value-discontinued = Work with a qualified or active case ended before its goals (with the reason)
value-doradca-rops = Regional adviser from ROPS
value-en = English
value-end = End the cooperation: no continuation follows
value-evaluation = An evaluation meeting (stage IV)
value-family = A family (rodzina)
value-formalising = The formalising meeting where the agreement is signed
value-ggk = Gminna Grupa Kooperacji: workers delegated to solve a concrete situation
value-gmina = A municipality (gmina): the OPS animates the cooperation
value-group = A group of the community (grupa społeczna)
value-health = Health care: clinics, therapy, addiction treatment
value-html = One self-contained HTML file with print styles
value-human = Findings like rustc, then a summary
value-initiating = The initiating meeting (spotkanie inicjujące, zał. 2)
value-json = JSON for programs
value-koordynator-ggk = OPS worker coordinating a GGK
value-local-government = Urząd gminy, starostwo, urząd marszałkowski
value-md = Markdown, readable as plain text and in any Markdown viewer
value-monitoring = A monitoring meeting (zał. 7: "podczas spotkania monitorującego")
value-never = Never
value-ngo = A non-governmental organisation
value-not-achieved = Not achieved (nieosiągnięty)
value-not-qualified = The team decided not to qualify the referral (with the reason)
value-ops = Ośrodek Pomocy Społecznej (OPS, GOPS, MGOPS, MOPS)
value-oral = Orally (and noted by the worker)
value-other = Anything else
value-partly = Partly achieved (częściowo osiągnięty)
value-pcpr = Powiatowe Centrum Pomocy Rodzinie
value-pdf = A PDF for printing and signing (A4, fonts embedded)
value-pl = Polish
value-person = One person (osoba)
value-police = Police
value-powiat = A county (powiat): the PCPR animates the cooperation of its gminy
value-pracownik-socjalny = Social worker coordinating work with a person or family
value-probation = Probation officers (kuratorzy)
value-przedstawiciel = An institution's representative in a team (step 5.1)
value-pup = Powiatowy Urząd Pracy (labour office)
value-pzk = Partnerski Zespół Kooperacji: directors and managers of institutions
value-qualified = Qualified by a team with the person's or family's consent
value-radny = Councillor (radny) chosen to support the model (step 2.3)
value-referred = Referred (zgłoszenie) by a member institution, awaiting qualification
value-refused = The person or family refused the help offered
value-rops = Regionalny Ośrodek Polityki Społecznej
value-school = A school or kindergarten
value-superwizor = Supervisor of team members and animators
value-table = A table for the terminal
value-utf-8 = UTF-8, with or without a byte-order mark ("CSV UTF-8" in a spreadsheet program)
value-windows-1250 = Windows-1250, the code page a Polish Excel saves plain "CSV" in
value-warnings = Exit 1 when there are warnings too
value-withdrawn = The referring institution withdrew the referral
value-wojewodztwo = Voivodeship
value-working = A working meeting
value-written = In writing (signed)

## cli: clap's own words

cli-usage = Usage:
cli-usage-options = [OPTIONS]
cli-examples = Examples:
cli-heading-arguments = Arguments
cli-heading-options = Options
cli-heading-global = Global options
cli-heading-commands = Commands
cli-value-command = COMMAND
cli-help-command = Print this message or the help of the given subcommand(s)
cli-help-flag = Print help (more with --help)
cli-version-flag = Print the version
cli-possible-values = possible values
cli-possible-values-heading = Possible values:
cli-default = default

## cli: usage errors (clap's wording)

cli-commands = subcommands
cli-error-value-required = a value is required for '{ $arg }' but none was supplied
cli-error-invalid-value = invalid value '{ $value }' for '{ $arg }'
cli-error-invalid-value-why = invalid value '{ $value }' for '{ $arg }': { $why }
cli-error-unknown-argument = unexpected argument '{ $arg }' found
cli-error-unknown-command = unrecognized subcommand '{ $command }'
cli-error-missing-arguments = the following required arguments were not provided:
cli-error-missing-command = '{ $command }' requires a subcommand but one was not provided
cli-error-repeated = the argument '{ $arg }' cannot be used multiple times
cli-error-conflict = the argument '{ $arg }' cannot be used with '{ $other }'
cli-error-no-equals = equal sign is needed when assigning values to '{ $arg }'
cli-error-too-many = unexpected value '{ $value }' for '{ $arg }' found; no more were expected
cli-error-number-of-values = { $expected } values required for '{ $arg }' but { $n ->
    [one] { $n } was provided
   *[other] { $n } were provided
}
cli-error-not-utf8 = invalid UTF-8 was detected in one or more arguments
cli-error-other = invalid command line ({ $why })
cli-tip-command = tip: a similar subcommand exists: '{ $similar }'
cli-tip-argument = tip: a similar argument exists: '{ $similar }'
cli-tip-value = tip: a similar value exists: '{ $similar }'
cli-error-more = For more information, try '--help'.
## rules: `koop check` — each rule's summary (rule-kNNN-summary) and explanation
## (rule-kNNN-explain), then its findings; `koop rules` and docs/rules.md

rule-more-on-line = { $message } (and { $n } more like it on this line)
rule-column-code = code
rule-column-name = name
rule-column-severity = severity
rule-column-checks = checks
rule-md-title = koop check: the rules
rule-md-generated = <!-- Generated by `koop rules --format md > docs/rules.md`; a test fails when it is stale. -->
rule-md-intro = Every finding of `koop check` has a permanent code. `koop explain CODE` prints the same
    text as below. Select rules with `koop check --rule CODE`, silence them with
    `--allow CODE` or `[check] allow = ["CODE"]` in koop.toml, and make warnings fail with
    `--deny warnings`.
rule-md-checks = **{ $name }** — { $summary }.
rule-md-checks-on-load = **{ $name }** — { $summary } (found while reading the files).
rule-md-severity = - Severity: { $severity }
rule-md-source = - Source: { $source }
rule-explain-title = { $code } { $name }: { $summary }
rule-explain-title-on-load = { $code } { $name }: { $summary } (found while reading the files)
rule-explain-severity = severity: { $severity }
rule-explain-source = source: { $source }
rule-k001-summary = every record file is UTF-8 text in valid TOML
rule-k001-explain = A record that is not UTF-8 or not valid TOML cannot be read at all, so nothing in it is checked or shown. Fix: save the file as UTF-8 and correct the TOML at the line shown (an unclosed quote or bracket is the usual cause). A file or folder koop may not open (its permissions) is skipped the same way, and what it may hold is not reported as unknown or missing: make it readable for you (`ls -ld` shows who owns it).
rule-k002-summary = every record has the keys its kind requires, with values of the right type
rule-k002-explain = Each kind of record has a fixed set of keys (docs/format.md). An unknown key is usually a typo that would otherwise be silently ignored; a wrong type or an impossible date would be misread. Fix: use the key or value the hint suggests.
rule-k002-post = post = { $post } is not a fraction of a full-time post (more than 0, at most 1)
rule-k002-post-help = write e.g. 0.5 for half a post, 1 for a full post
rule-k002-months = { $key } = { $months } is out of range (1 to { $max })
rule-k002-months-help = Założenia organizacyjne Modelu Kooperacji, pkt 14 proposes about 3, up to 13 and about 2 months
rule-k003-summary = file and folder names are IDs (a-z, 0-9, single hyphens); case numbers are YYYY-NNN (three digits or more)
rule-k003-explain = A record's ID is its file or folder name and is how other records refer to it, so it must be a plain slug. Case numbers are the year of referral and a sequence, as on the karta ("nr identyfikacyjny"). Fix: rename the file or folder (the hint suggests a name) and update references.
rule-k003-case-number = case number `{ $id }` is not of the form YYYY-NNN
rule-k003-case-number-help = write the year of referral and the sequence, three digits up to 999 and no leading zero beyond, e.g. 2026-004 or 2026-1000
rule-k003-identity-number = `{ $id }` cannot be the identity of a { $what ->
        [entry] monitoring entry
       *[other] { $what }
    }: it looks like a number koop shows (m1, 2, 1.2), which changes when entries are added or removed
rule-k003-identity-invalid = `{ $id }` cannot be the identity of a { $what ->
        [entry] monitoring entry
       *[other] { $what }
    }: { $why }
rule-k003-identity-help = write another, e.g. `{ $fresh }`, and the same in what refers to it
rule-k004-summary = no two records share an ID (case numbers included) and no entry is listed twice
rule-k004-explain = Two people working in two clones can both add a person with the same ID in different institutions, or give two cases the same number; after the merge, references become ambiguous. Fix: rename one person; for cases run `koop case renumber <folder>`.
rule-k004-person-twice = person ID `{ $id }` is used twice
rule-k004-person-twice-help = the same ID is at { $other }; rename one file (person IDs are unique across institutions)
rule-k004-listed-twice = { $what ->
        [invited] invited institution
        [present] person present
       *[other] { $what }
    } `{ $id }` is listed twice
rule-k004-listed-twice-help = remove one of the entries
rule-k004-case-number = case number { $number } is used by two folders: cases/{ $keeper } and cases/{ $dir }
rule-k004-case-number-help = two clones took the same number; cases/{ $keeper } keeps it ({ $why }): run `koop case renumber cases/{ $dir }` (it becomes { $new }), or `koop case renumber` to settle every clash
rule-k004-identity-twice = { $what ->
        [entry] monitoring entry
       *[other] { $what }
    } identity `{ $id }` is used twice in { $scope } { $owner }
rule-k004-identity-shared = identity of a { $first ->
        [entry] monitoring entry
       *[other] { $first }
    } and a { $what ->
        [entry] monitoring entry
       *[other] { $what }
    } `{ $id }` is used twice in { $scope } { $owner }
rule-k004-identity-twice-help = give one of them another identity, e.g. `{ $fresh }`; other files refer to it, so check which one they mean
rule-k005-summary = every referenced institution, person, team, service, meeting, member, task, goal and step exists
rule-k005-explain = Records refer to each other by ID. A reference to nothing is a typo or a record deleted or not yet merged. Fix: correct the ID (the hint names the closest one) or add the missing record.
rule-k005-unknown = unknown { $kind } `{ $id }`
rule-k005-did-you-mean = did you mean `{ $best }`?
rule-k005-in-case-help = correct it; `koop case show <case>` lists the case's { $kind }s
rule-k005-add-first-help = add the { $kind } first, or correct the ID (`koop { $kind } list` shows them)
rule-k005-person-unknown-institution = person `{ $person }` is in the folder of unknown institution `{ $institution }`
rule-k005-person-move-help = did you mean `{ $best }`? Move the person to institutions/{ $best }/people/
rule-k005-person-institution-help = add institutions/{ $institution }/institution.toml, or move the person to their institution's folder
rule-k005-no-step = cycle { $cycle } ({ $kind }) has no step `{ $step }`
rule-k005-step-did-you-mean = did you mean `{ $best }`? `koop model status` lists the steps
rule-k005-step-list-help = `koop model status` lists the steps of this cycle
rule-k005-unknown-reporter = monitoring file names an unknown reporter `{ $reporter }`
rule-k005-unknown-reporter-help = name the file after an institution ID or a member's identity (`koop case show --format json`)
rule-k005-unknown-in-case = unknown { $kind } `{ $id }` of case { $case }
rule-k005-case-has-none = case { $case } has no { $kind }s
rule-k005-case-lists = the { $kind }s of case { $case }: { $list }
rule-k005-members-file = members are listed in { $file }
rule-k005-number-not-identity = `{ $value }` is how koop numbers the { $kind }, not its identity
rule-k005-number-not-identity-help = write `{ $id }`: records refer to a { $kind } by its identity, because numbers change when entries are added, removed or merged
rule-k006-summary = TOML files in record folders sit where koop reads them
rule-k006-explain = A TOML file in a record folder but not where koop looks is never read, so whatever it says is silently lost. Fix: move or rename it to the place the help names, or remove it.
rule-k007-summary = a member institution delegates its own workers to a team
rule-k007-explain = Zał. 5 §3.1: "Gminną Grupę Kooperacji tworzą przedstawiciele instytucji i podmiotów [...] którzy podpisali Porozumienie" — a member delegates its own workers. Fix: list the person under the member institution they work at.
rule-k007-foreign = delegate `{ $person }` works at `{ $works_at }`, not at `{ $member }`
rule-k007-foreign-help = list `{ $person }` under the member `{ $works_at }`, or delegate a worker of `{ $member }`
rule-k008-summary = referral ≤ consent ≤ qualification ≤ plan ≤ closure, and follow-up after closure
rule-k008-explain = Work with a family runs in order: referral, then consent, then qualification by the team "za zgodą osoby/rodziny" (Założenia organizacyjne Modelu Kooperacji), then the plan, then closure and follow-up of sustained change. A date out of this order is a typo or a step recorded on the wrong case. Fix: correct the date shown.
rule-k008-out-of-order = case { $case }: the { $what } ({ $date }) is dated before the { $before } ({ $when })
rule-k008-out-of-order-help = the course runs referral → consent → qualification → plan → closure; correct the date
rule-k008-diagnosis-before-consent = case { $case }: the diagnosis ({ $date }) is dated before the consent ({ $consent })
rule-k008-diagnosis-before-consent-help = the work with a family, its diagnosis included, starts with its consent; correct the date
rule-k008-withdrawn-before-given = case { $case }: a consent is withdrawn ({ $withdrawn }) before it was given ({ $given })
rule-k008-withdrawn-before-given-help = correct the dates of the consent
rule-k008-evaluation-before-plan = case { $case }: evaluation { $evaluation } is dated before the plan ({ $plan })
rule-k008-evaluation-before-plan-help = an evaluation judges the plan; rename the file to its real date
rule-k008-follow-up-before-closure = case { $case }: follow-up ends ({ $until }) before the closure ({ $closure })
rule-k008-follow-up-before-closure-help = follow-up of sustained change runs after the closure
rule-k009-summary = no task is due or done before the plan was adopted
rule-k009-explain = Tasks belong to the plan (part B: "termin realizacji zadania"); a task due or done before the plan existed cannot have been part of it. Fix: correct the task's date or the plan's `adopted` date.
rule-k009-before-plan = task { $task } of case { $case } is { $what } { $date }, before the plan was adopted ({ $plan })
rule-k009-before-plan-help = correct the date, or the plan's `adopted` date
rule-k010-summary = monitoring covers only months in which the case was active
rule-k010-explain = Zał. 7 records progress of the plan's tasks "za okres" of work. Monitoring for a month before the plan was adopted or after the case closed is misfiled. Fix: move the file to the right month or case, or remove it.
rule-k010-before-active = case { $case }: monitoring for { $month } before the case became active ({ $start })
rule-k010-no-plan = case { $case }: monitoring for { $month } but the case has no adopted plan
rule-k010-after-closed = case { $case }: monitoring for { $month } after the case was closed ({ $end })
rule-k010-help = monitoring covers the months of an active plan; move or remove the file
rule-k011-summary = consent as the model needs it: before qualification, from each adult member, a legal representative's for each minor, never a child's own, and no work after it is withdrawn
rule-k011-explain = Założenia organizacyjne Modelu Kooperacji, pkt 6: cooperation runs "na wszystkich etapach [...] wspólnym kwalifikowaniu do pomocy Zespołu za zgodą osoby/rodziny". koop reads that as the consent of everyone the work is with: each adult member gives their own, and a parent or legal guardian gives it for each minor (`koop case consent … --by m1 --for m3`); a child's own consent is not the family's. Consent comes first: a case past referral has one in force on the day it is qualified, and the diagnosis is dated after it (K008). Work does not go on once every consent is withdrawn (`koop case consent … --withdraw`): end the case (`koop case end … discontinued`, or `refused` before the plan). A member without consent yet is work still to do — a write that adds a member goes through and shows it. Fix: `koop case consent <case> --date … --by <member> [--for <minor>]… [--form written|oral] [--scope …]`.
rule-k011-minor-own = case { $case }: { $member } is a minor on { $date }, and a child's own consent is not the family's
rule-k011-minor-own-help = record the consent of a parent or legal guardian for them: `koop case consent { $case } --by <parent> --for { $member } …`
rule-k011-no-consent = case { $case } is { $status } without a recorded consent
rule-k011-no-consent-help = record it: `koop case consent` (or [[consent]] with date, by — the member's identity — and scope)
rule-k011-qualified-without = case { $case } was qualified on { $date } when no consent was in force (withdrawn before)
rule-k011-qualified-without-help = qualification needs the consent of the person or family in force that day
rule-k011-all-withdrawn = case { $case } is { $status } but every consent was withdrawn (last on { $date })
rule-k011-all-withdrawn-help = work goes on only with consent: `koop case end { $case } refused --date { $date } --reason …` (or discontinued)
rule-k011-minor-not-covered = case { $case }: { $member }, a minor, is not covered by a legal representative's consent
rule-k011-minor-not-covered-help = the model works "za zgodą osoby/rodziny": `koop case consent { $case } --by <parent> --for { $member } …`
rule-k011-adult-no-consent = case { $case }: { $member }, an adult member, has not given consent
rule-k011-adult-no-consent-help = the model works "za zgodą osoby/rodziny": `koop case consent { $case } --by { $member } …`
rule-k011-age-unknown = case { $case }: { $member } has not given consent, nor is a representative's consent given for them
rule-k011-age-unknown-help = the model works "za zgodą osoby/rodziny": `koop case consent { $case } --by { $member } …` (or add their year of birth, and `--for { $member }` on a parent's consent)
rule-k012-summary = every task has a due date
rule-k012-explain = Part B of the karta gives each task "TERMIN REALIZACJI ZADANIA"; without it the task is never overdue and never monitored. Fix: add `due = YYYY-MM-DD` to the task.
rule-k012-no-due = task { $task } of case { $case } has no due date
rule-k012-no-due-help = add `due = YYYY-MM-DD` to the task ("termin realizacji zadania")
rule-k013-summary = every task has someone responsible: an institution (and person) or a family member
rule-k013-explain = Part B names "OSOBY ODPOWIEDZIALNE ZA REALIZACJĘ CELU" and zał. 7 reports per "INSTYTUCJA ODPOWIEDZIALNA ZA REALIZACJĘ (lub osoba/członek rodziny)". A task without one is nobody's. Fix: add `institution` (and `person`) or `member` to the task.
rule-k013-no-one = task { $task } of case { $case } has no one responsible
rule-k013-add-institution-help = add `institution = "…"` (the person's institution) to the task
rule-k013-add-responsible-help = add `institution = "…"` (and `person`) or `member = "<the member's id>"` to the task
rule-k014-summary = an adopted plan has a main goal and every specific goal has at least one task
rule-k014-explain = Part B: "Cel główny" and "CELE SZCZEGÓŁOWE", each with "ZADANIA". A goal with no task will not be worked on. Fix: add the main goal (`koop goal add --main`) and tasks (`koop task add`).
rule-k014-no-plan = case { $case } is { $status } but has no plan
rule-k014-no-plan-help = write { $file } (goals and tasks)
rule-k014-no-adopted = case { $case } is { $status } but its plan has no `adopted` date
rule-k014-no-adopted-help = add `adopted = YYYY-MM-DD`, the day the plan was agreed — `koop case activate` sets it
rule-k014-no-goals = the plan of case { $case } has no specific goals
rule-k014-no-goals-help = add specific goals with tasks (cele szczegółowe) — `koop goal add`, `koop task add`
rule-k014-no-main-goal = the plan of case { $case } has no main goal
rule-k014-no-main-goal-help = add `main_goal = "…"` (cel główny) — or `koop goal add --main`
rule-k014-goal-without-task = goal { $goal } of case { $case } has no task
rule-k014-goal-without-task-help = add a task with who is responsible and by when — `koop task add`
rule-k015-summary = a case past referral was qualified by a team
rule-k015-explain = A case is taken up by the team (PZK or GGK), which decides to qualify it. Fix: record [qualification] date and team with `koop case qualify`.
rule-k015-not-qualified = case { $case } is { $status } but was never qualified by a team
rule-k015-not-qualified-help = record [qualification] date and team — or `koop case qualify`
rule-k016-summary = an active case has a coordinator, and a case's coordinator is a social worker of the OPS
rule-k016-explain = Zadania dla instytucji w Modelu Kooperacji: the OPS "jest koordynatorem działań podejmowanych przez pracowników instytucji na rzecz konkretnej osoby/rodziny/grupy"; zał. 7 is filled "przez koordynatora działań (pracownik OPS)". An active case names its coordinator: part B of the karta is agreed by the "Pracownik socjalny będący koordynatorem wsparcia" with the family (zał. 6), so the coordinator is an OPS worker recorded with the role `pracownik-socjalny`. Fix: name such a worker as `coordinator`, or add the role to the person who is one.
rule-k016-no-coordinator = active case { $case } has no coordinator
rule-k016-no-coordinator-help = add `coordinator = "<person-id>"` to case.toml: the OPS social worker who coordinates the support (część B: "pracownik socjalny będący koordynatorem wsparcia")
rule-k016-not-social-worker = coordinator `{ $person }` of case { $case } is not recorded as a social worker
rule-k016-not-social-worker-help = zał. 6 names the coordinator "pracownik socjalny będący koordynatorem wsparcia": if `{ $person }` is one, add "pracownik-socjalny" to their `roles` (`koop edit person { $person }`); otherwise name a social worker
rule-k016-not-ops = coordinator `{ $person }` of case { $case } does not work at an OPS
rule-k016-not-ops-help = the coordinator of work with a family is an OPS social worker; name one
rule-k017-summary = a GGK has a coordinator and it is an OPS employee
rule-k017-explain = Zał. 5 §3.3: "Koordynatorem prac GGK jest wyznaczony pracownik Ośrodka Pomocy Społecznej." Fix: set the team's `coordinator` to a person of the OPS.
rule-k017-no-coordinator = GGK `{ $team }` has no coordinator
rule-k017-no-coordinator-help = add `coordinator = "<person-id>"`, a worker of the OPS
rule-k017-not-ops = coordinator `{ $person }` of GGK `{ $team }` does not work at an OPS
rule-k017-not-ops-help = zał. 5 §3.3: the GGK's coordinator is a designated OPS employee
rule-k018-summary = a task's institution is a member of the case's team or a signatory of the agreement
rule-k018-explain = Tasks are divided among the institutions bound by the agreement. Zał. 5 §4.3 lets others join ("Strony wyrażają zgodę na objęcie Porozumieniem innych instytucji"), so this is a warning: record the joining with `koop team sign` or `koop team member add`.
rule-k018-outside = task { $task } of case { $case } goes to `{ $institution }`, which is neither in team `{ $team }` nor a signatory of the agreement
rule-k018-outside-help = the agreement lets other institutions join (zał. 5 §4.3): record its signature with `koop team sign`, and its place in the team with `koop team member add`
rule-k019-summary = the agreement is signed before the plan and still in force when its tasks are due
rule-k019-explain = Institutions act for a family under the porozumienie; a plan adopted before it was signed, or tasks due after it ends, rest on nothing. Fix: check the dates, or record a new agreement (step 9.3: the PZK decides to continue).
rule-k019-before-signed = the plan of case { $case } was adopted ({ $adopted }) before the agreement was signed
rule-k019-before-signed-help = work with a family runs under a signed porozumienie; check the dates
rule-k019-after-end = task { $task } of case { $case } is due { $due }, after the agreement ends ({ $until })
rule-k019-after-end-help = extend the agreement (a new porozumienie, step 9.3) or bring the deadline forward
rule-k020-summary = each elapsed month of an active case has progress from every party with an open task
rule-k020-explain = Zał. 7 is filled "na podstawie miesięcznych informacji od pracowników instytucji". A month without a report from a responsible party leaves the coordinator blind. Fix: `koop monitor add <case> --month … --task … --by …`.
rule-k020-reporter-task = { $who } (task { $task })
rule-k020-missing-monitoring = case { $case }: no monitoring from { $who } for { $months } ({ $n ->
        [one] { $n } month
       *[other] { $n } months
    })
rule-k020-missing-monitoring-help = { $n ->
        [one] record it: `koop monitor add { $case } --month { $first } --task … --by …`
       *[other] record each month, from the first: `koop monitor add { $case } --month { $first } --task … --by …`
    }
rule-k021-summary = a closed case has a closure with a handover and every specific goal evaluated
rule-k021-explain = Part C evaluates each specific goal ("stopień osiągnięcia celu szczegółowego, przyczyny nieosiągnięcia") before work ends, and step 9.3 fixes how persons/families are handed over. Fix: `koop eval add` with every goal, then `koop case close --handover …`.
rule-k021-no-closure = case { $case } is closed without a [closure]
rule-k021-no-closure-help = add [closure] date, handover and follow_up_until — or `koop case close`
rule-k021-no-handover = case { $case } is closed without saying how the family is handed over
rule-k021-no-handover-help = describe the handover (step 9.3) in `handover`
rule-k021-no-evaluation = case { $case } is closed without an evaluation
rule-k021-no-evaluation-help = part C ends the work: record it with `koop eval add … --end` before closing
rule-k021-closed-before-evaluation = case { $case } is closed on { $date }, before its last evaluation ({ $evaluation })
rule-k021-closed-before-evaluation-help = the work ends with the evaluation: correct the closure's date
rule-k021-evaluation-not-final = case { $case } is closed but its last evaluation plans another instead of ending the work
rule-k021-evaluation-not-final-help = part C: "data kolejnej ewaluacji/zakończenie pracy" — set `end_of_work = true` (and drop `next`)
rule-k021-goal-not-evaluated = case { $case } is closed but goal { $goal } was never evaluated
rule-k021-goal-not-evaluated-help = add the goal's degree of achievement to an evaluation (part C) — `koop eval add`
rule-k022-summary = a PZK has an agreement with a signing date and signatories
rule-k022-explain = Zadania dla instytucji w Modelu Kooperacji: "PZK funkcjonują w oparciu o podpisane porozumienie, deklarację." Fix: `koop team agreement <team> --signed …` and `koop team sign` for each institution.
rule-k022-no-agreement = PZK `{ $team }` has no agreement
rule-k022-not-signed = PZK `{ $team }` has an agreement without a signing date
rule-k022-no-signatories = PZK `{ $team }` has an agreement without signatories
rule-k022-help = record it: `koop team agreement --signed …` and `koop team sign` for each institution
rule-k023-summary = a PZK agrees to meet at least quarterly
rule-k023-explain = Załącznik nr 5 – Porozumienie, § 2: "Spotkania w ramach PZK odbywają się w miarę potrzeb, nie rzadziej niż raz na kwartał." Założenia organizacyjne Modelu Kooperacji, pkt 10 prefers monthly. Fix: set `meeting_frequency_months` to 3 or less.
rule-k023-too-rare = PZK `{ $team }` agrees to meet only every { $n } months
rule-k023-too-rare-help = zał. 5 §2: "nie rzadziej niż raz na kwartał" — at most 3; monthly is preferred
rule-k023-no-frequency = PZK `{ $team }` has no agreed meeting frequency
rule-k023-no-frequency-help = add `meeting_frequency_months = 3` (or less) to [agreement]
rule-k024-summary = animators have time for the model: a county animator half a post for 1–4 gminy and a full post for more; a gmina animator works at the OPS with a recorded share of a post
rule-k024-explain = Założenia organizacyjne Modelu Kooperacji, pkt 5: "Wdrażanie Modelu i odpowiedzialność za 1-4 gminy to pół etatu, powyżej 1 etat." A post not recorded is reported, not taken for a full one. The gmina animator, in the same document: "animator gminny jako osoba do kontaktu powinien być pracownikiem GOPS, nie obarczony jednak dodatkowymi obowiązkami ale w sposób przemyślany np.; odjęcie innych obowiązków, np. ¼ etatu lub dodatkowe wynagrodzenie". The quarter is an example ("np."), and extra pay is the alternative, so any recorded share is accepted; an animator outside the OPS, or with no share recorded, is reported. Fix: record the animator's `post` — for a county animator at least 0.5 for 1–4 gminy, 1.0 for more, or fewer gminy; for a gmina animator the share of a post they give to the model, e.g. 0.25.
rule-k024-no-post = animator powiatu `{ $person }` covers { $n } { $n ->
        [1] gmina
        [2] gminy
        [3] gminy
        [4] gminy
       *[other] gmin
    } but no post is recorded
rule-k024-no-post-help = Założenia organizacyjne Modelu Kooperacji, pkt 5: "1-4 gminy to pół etatu, powyżej 1 etat": record `post = { $needed }` (or what it is) in the person's file
rule-k024-short-post = animator powiatu `{ $person }` covers { $n } { $n ->
        [1] gmina
        [2] gminy
        [3] gminy
        [4] gminy
       *[other] gmin
    } on a { $post } post
rule-k024-full-post-help = Założenia organizacyjne Modelu Kooperacji, pkt 5: "1-4 gminy to pół etatu, powyżej 1 etat" — a full post (post = 1.0)
rule-k024-half-post-help = Założenia organizacyjne Modelu Kooperacji, pkt 5: "1-4 gminy to pół etatu, powyżej 1 etat" — at least half a post (post = 0.5)
rule-k024-gmina-not-ops = animator gminy `{ $person }` does not work at an OPS
rule-k024-gmina-not-ops-help = Założenia organizacyjne Modelu Kooperacji: "animator gminny jako osoba do kontaktu powinien być pracownikiem GOPS, nie obarczony jednak dodatkowymi obowiązkami ale w sposób przemyślany np.; odjęcie innych obowiązków, np. ¼ etatu lub dodatkowe wynagrodzenie"; name a worker of the OPS as the animator
rule-k024-gmina-no-post = animator gminy `{ $person }` has no share of a post recorded for the model
rule-k024-gmina-no-post-help = Założenia organizacyjne Modelu Kooperacji: "animator gminny jako osoba do kontaktu powinien być pracownikiem GOPS, nie obarczony jednak dodatkowymi obowiązkami ale w sposób przemyślany np.; odjęcie innych obowiązków, np. ¼ etatu lub dodatkowe wynagrodzenie": record the time taken off other duties, e.g. `post = 0.25` in the person's file (`koop edit person { $person }`)
rule-k025-summary = an agreement ends after it is signed, and no signatory joins before it
rule-k025-explain = An agreement valid until a day before its signing, or an institution joining (zał. 5 §4.3) before the agreement existed, is a typo. Fix: correct `valid_until`, `signed` or `joined`.
rule-k025-ends-before-signed = the agreement of `{ $team }` ends ({ $until }) before it was signed ({ $signed })
rule-k025-ends-before-signed-help = correct `valid_until` or `signed`
rule-k025-joined-before = `{ $institution }` joined ({ $joined }) before the agreement was signed ({ $signed })
rule-k025-joined-before-help = `joined` is for institutions that signed later; remove it or correct the date
rule-k026-summary = a meeting names who writes its minutes, and one that took place has them
rule-k026-explain = Zał. 2: "Z każdego spotkania powinien być sporządzany protokół [...] Dlatego należy pamiętać aby zawsze była obecna osoba odpowiedzialna za sporządzenie protokołu." and, for the initiating meeting, "Należy ustalić osobę odpowiedzialną za sporządzenie protokoły". So every meeting names its minute-taker (`minutes_by`), beforehand if possible, and a meeting that took place has its minutes. Fix: `koop meeting minutes <meeting> --by <person>` (or `koop meeting new … --minutes-by`), and `koop meeting minutes <meeting> --file protokol.txt`.
rule-k026-no-minutes-taker = meeting { $meeting } names no one to write the minutes
rule-k026-no-minutes-taker-help = zał. 2: "należy pamiętać aby zawsze była obecna osoba odpowiedzialna za sporządzenie protokołu" — `koop meeting minutes { $meeting } --by <person>`
rule-k026-no-minutes = meeting { $meeting } took place but has no minutes
rule-k026-no-minutes-help = zał. 2: "Z każdego spotkania powinien być sporządzany protokół" — `koop meeting minutes { $meeting } --file protokol.txt`
rule-k027-summary = minutes are approved at the team's next meeting
rule-k027-explain = Zał. 2: "Protokół powinien być zatwierdzany po wcześniejszym ustaleniu przez kooperantów na początku kolejnego spotkania." Fix: `koop meeting approve <meeting> --at <next meeting>`.
rule-k027-not-approved = the minutes of { $meeting } were not approved at the next meeting ({ $next })
rule-k027-not-approved-help = zał. 2: "Protokół powinien być zatwierdzany [...] na początku kolejnego spotkania" — `koop meeting approve { $meeting } --at { $next }`
rule-k028-summary = a meeting's decisions past their deadline are done
rule-k028-explain = The partners undertake the "realizacja ustaleń i harmonogramu wynikającego ze spotkań Partnerskich" (zał. 3 §2). A decision past its date and not done needs a word at the next meeting. Fix: record `done = YYYY-MM-DD` on the decision, or a new `due`.
rule-k028-not-done = decision of { $meeting } was due { $due } and is not done: { $text }
rule-k028-not-done-help = record `done = YYYY-MM-DD`, or agree a new date at the next meeting
rule-k029-summary = a meeting lasts at most two hours, not on Monday, Friday or a holiday, within 8:00–16:00
rule-k029-explain = Zał. 2: "Czas spotkania nie powinien być dłuższy niż dwie godziny"; "Starajmy się unikać organizacji spotkań na początku i końcu tygodnia, czyli poniedziałek i piątek"; "Ważne aby spotkanie odbywało się w godzinach pracy. Dla organizowania spotkań bezpieczne są godziny około południowe." Public holidays (Easter Monday, Corpus Christi, 11 November, 24 December from 2025, …) are computed. Fix: move the meeting.
rule-k029-slot = meeting { $meeting }: { $problem }
rule-k029-slot-help = Załącznik nr 2 – Scenariusz spotkania inicjującego spotkanie partnerskie: "Dla organizowania spotkań bezpieczne są godziny około południowe"
rule-k030-summary = those present belong to the team or were invited
rule-k030-explain = Zał. 2: the invitation is "kierowane na dyrektora instytucji/podmiotu ze wskazaniem w treści imiennie zapraszanego przedstawiciela". Someone on the attendance list who is neither a member of the team nor invited is usually a missing invitation record. Fix: `koop meeting invite` or add the institution to the team.
rule-k030-not-invited = `{ $person }` ({ $institution }) attended { $meeting } but is neither in team `{ $team }` nor invited
rule-k030-not-invited-help = record the invitation (`koop meeting invite`) or the institution's membership
rule-k031-summary = a PZK meets at least as often as its agreement says, and never less than quarterly
rule-k031-explain = Załącznik nr 5 – Porozumienie, § 2: "Spotkania w ramach PZK odbywają się w miarę potrzeb, nie rzadziej niż raz na kwartał." The warning names the gap. Fix: plan the next meeting with `koop meeting new`.
rule-k031-months = { $n ->
        [one] { $n } month
       *[other] { $n } months
    }
rule-k031-more-than-months = more than { $n ->
        [one] { $n } month
       *[other] { $n } months
    }
rule-k031-gap-after-signing = PZK `{ $team }` did not meet for { $gap }, between the signing of the agreement ({ $signed }) and { $meeting }
rule-k031-gap-between-meetings = PZK `{ $team }` did not meet for { $gap }, between { $before } and { $meeting }
rule-k031-gap-help = the agreement says at least every { $n ->
        [one] { $n } month
       *[other] { $n } months
    } (zał. 5 §2: "nie rzadziej niż raz na kwartał")
rule-k031-not-met-since-signing = PZK `{ $team }` has not met for { $gap }, since the signing of the agreement ({ $signed })
rule-k031-not-met-since-meeting = PZK `{ $team }` has not met for { $gap }, since { $before }
rule-k031-plan-meeting-help = plan a meeting: `koop meeting new --team { $team } …`
rule-k032-summary = a case's members and diagnosis are encrypted (members.toml.age, diagnosis.toml.age)
rule-k032-explain = Cases hold special-category personal data (health, addictions, court supervision), and zał. 5 §3.6 binds GGK members: "Wszystkich członków obowiązuje zasada tajności informacji przekazywanych na spotkaniach Grupy." A repository travels through git servers and laptops, so koop keeps members.toml and diagnosis.toml encrypted to the team's keys (keys/). Fix: with recipients in keys/, `koop keys rotate` encrypts every plain-text file and removes it; without any, `koop keys add <your-name>` turns encryption on. A training repository with invented people can allow the rule in koop.toml ([check] allow = ["K032"]). Git history keeps the plain-text versions already committed (docs/privacy.md says what to do).
rule-k032-plain-but-encrypted = { $file } holds personal data in plain text, though this repository encrypts it
rule-k032-plain-but-encrypted-help = `koop keys rotate` encrypts it (and every other such file) and removes the plain text
rule-k032-plain = { $file } holds personal data in plain text
rule-k032-plain-help = `koop keys add <your-name>` turns encryption on for the repository (docs/privacy.md)
rule-k033-summary = case files that are not encrypted (case, plan, monitoring, evaluations) and the disclosure register refer to members by identity, not by name
rule-k033-explain = Only members.toml and diagnosis.toml are encrypted; the case, the plan, monitoring and evaluations stay readable so that the team can work on them, and refer to family members by identity (koop shows them as m1, m2). A name written into their free text (a goal, a task, a progress note, a reason), or into the purpose of a disclosure register entry about the case (disclosures/), travels in plain text with the repository, against the confidentiality of zał. 5 §3.6 ("Wszystkich członków obowiązuje zasada tajności informacji przekazywanych na spotkaniach Grupy."). The rule looks for each member's first name and surname (also inflected: Kowalski, Kowalskiego) when the members can be decrypted. Fix: replace the name with the member's number or role ("m1", "matka").
rule-k033-name = the name of member { $member } appears in { $file }, which is not encrypted
rule-k033-name-help = write `{ $member }` or the member's role instead; only members.toml and diagnosis.toml are encrypted
rule-k034-summary = nothing is entered twice: a team's meeting at one day and hour, a progress report, a decision, a task
rule-k034-explain = A command run twice leaves a second, identical record: a meeting planned twice (`…-pzk-2`), the same progress reported twice on a task for one month (printed twice on zał. 7, the form people sign), a decision recorded twice in the minutes, the same task twice under one goal. A write that would create such a duplicate is refused; `--allow-duplicate` insists. Fix: remove the second one (`koop meeting remove`, `koop monitor remove`, `koop meeting decision remove`, `koop task remove`).
rule-k034-meeting = meeting { $meeting } repeats meeting { $first }: team `{ $team }` on { $date } at { $time }
rule-k034-meeting-help = if it was planned twice, remove one (`koop meeting remove { $meeting }`)
rule-k034-decision = decision { $decision } of meeting { $meeting } repeats an earlier one
rule-k034-decision-help = remove it: `koop meeting decision remove { $meeting } { $decision }`
rule-k034-progress = case { $case }: the same progress on task { $task } is reported twice for { $month } by { $who }
rule-k034-progress-help = zał. 7 would print it twice; remove one (`koop edit { $file }`)
rule-k034-task = task { $task } of case { $case } repeats an earlier task of goal { $goal }
rule-k034-task-help = remove it: `koop task remove { $case } { $task }`
rule-k035-summary = records are in the format this koop reads (koop.toml `format`)
rule-k035-explain = Format 2 gives every family member, goal, task, monitoring entry and decision an identity of its own, and references hold identities, so that work done in parallel in two clones merges without one entry taking another's number. A repository or a record in format 1 (members with `key = "m1"`, goals numbered `id = 1`, references by number) is not read, rather than misread. Format 3 numbers a continuation cycle's steps as the "KOLEJNE WDRAŻANIE" diagram does (6 realisation, 7 evaluation and the decision; format 2 had 7 and 8). Fix: `koop migrate` brings the whole repository to format 3 in one change (`koop undo` takes it back); commit it before colleagues go on working.
rule-k036-summary = no file holds an unresolved merge conflict
rule-k036-explain = When two people change the same value differently in two clones, git (or koop's merge driver) cannot choose for them. git leaves conflict markers (`<<<<<<<`, `=======`, `>>>>>>>`) in the file; koop's merge driver keeps the file valid TOML and lists both values in a `[[conflicts]]` table. Until the conflict is resolved the record is not what either person meant, so write commands refuse. Fix: `koop edit <file>` (or any editor): keep the right value, delete the markers or the `[[conflicts]]` entry, then `git add <file>` and `git commit`. docs/collaboration.md shows examples.
rule-k037-summary = every encrypted file is encrypted to exactly the keys in keys/
rule-k037-explain = Personal data is encrypted to the recipients listed in keys/. A file written in a clone that did not yet know of a change of keys (a colleague removed, or added) is encrypted to the old list: after the merge, a person whose key was removed can still read it, or a new colleague cannot. koop records the recipients of each file in `keys/.recipients` when it writes it. Fix: `koop keys rotate` re-encrypts every such file to the current keys.
rule-k038-summary = a case that ended other than by success (not qualified, refused, withdrawn, discontinued) says when and why
rule-k038-explain = Not every referral ends in a plan: the team qualifies only help it finds necessary ("uznana przez Zespół … za niezbędną"), and only with the consent of the person or family ("za zgodą osoby/rodziny"). A referral the team does not qualify (`not-qualified`), one the person or family refuses (`refused`), one the referring institution withdraws (`withdrawn`), and work that stops before its goals (`discontinued`) are ends of their own, counted apart from closed cases in reports and exports. Each needs an `[outcome]` with the date (not before the referral, the qualification or the plan) and the reason; `not-qualified` and `withdrawn` are decided before qualification. Fix: `koop case end <case> <outcome> --date … --reason …`, or `koop case reopen` when it had not ended.
rule-k038-no-outcome = case { $case } is { $status } but has no [outcome]
rule-k038-no-outcome-help = `koop case end { $case } { $status } --date … --reason …` records when and why
rule-k038-not-ended = case { $case } has an [outcome] but its status is { $status }
rule-k038-not-ended-help = set the status to how it ended (not-qualified, refused, withdrawn, discontinued), or remove [outcome]
rule-k038-no-reason = case { $case } ended as { $status } without a reason
rule-k038-no-reason-help = add `reason = "…"` to [outcome]
rule-k038-qualified = case { $case } was qualified, so it cannot end as { $status }
rule-k038-qualified-help = a qualified case ends as refused or discontinued
rule-k038-ended-before = case { $case } ended on { $end }, before { $what ->
        [referral] the referral
        [qualification] the qualification
       *[plan] the plan was adopted
    } ({ $day })
rule-k038-ended-before-help = correct the date in [outcome]
rule-k039-summary = an active case's evaluation is recorded by the date the last one set
rule-k039-explain = Part C of the karta ends with "data kolejnej ewaluacji/zakończenie pracy z osobą/rodziną": each evaluation sets the date of the next. `koop agenda` lists it beforehand; once the day has passed without an evaluation, this rule says so. Fix: `koop eval add <case> --date … --main … --goal …` (with `--next` or `--end`).
rule-k039-not-recorded = case { $case }: the evaluation due on { $next } (set by the evaluation of { $last }) is not recorded
rule-k039-not-recorded-help = `koop eval add { $case } --date … --main …` when it takes place (part C)
rule-k040-summary = a plan is adopted after the diagnosis (part A of the karta, before part B)
rule-k040-explain = The karta planu pracy is filled in order: part A describes and analyses the family's situation and ends with "Zidentyfikowane problemy, potrzeby – wnioski z diagnozy"; part B sets the goals and tasks from them. A plan adopted without a diagnosis, or before it, has nothing to build on. Fix: `koop case diagnosis <case> --date … --author …` (the headings of part A, the problems and needs), dated on or before the day the plan is adopted.
rule-k040-no-diagnosis = the plan of case { $case } was adopted ({ $adopted }) without a diagnosis
rule-k040-before-diagnosis = the plan of case { $case } was adopted ({ $adopted }) before its diagnosis ({ $diagnosis })
rule-k040-help = part A comes first: `koop case diagnosis { $case } --date … --author …`, dated on or before the plan
rule-k041-summary = a PZK has a core of key institutions (trzon zespołu), the OPS among them
rule-k041-explain = Założenia organizacyjne Modelu Kooperacji, pkt 9: "Każdy G-PZK ustala grupę instytucji kluczowych - tzw „Trzon zespołu”, z którym jest podpisane porozumienie o kooperacji." The OPS, which animates the cooperation in the gmina and coordinates the work with families, belongs to it. Fix: `koop team member add <pzk> <institution> --core` for the key institutions, the OPS first.
rule-k041-no-core = PZK `{ $team }` has no core of key institutions (trzon zespołu)
rule-k041-no-ops = PZK `{ $team }` has a core without the OPS
rule-k041-help = mark the key institutions, the OPS first: `koop team member add { $team } <institution> --core`
rule-k042-summary = a GGK is formed of institutions that signed the agreement, and has no agreement of its own
rule-k042-explain = Zał. 5 §3.1: "Gminną Grupę Kooperacji tworzą przedstawiciele instytucji i podmiotów związanych z realizacją zadań na rzecz mieszkańców, którzy podpisali Porozumienie." The GGK is part of the one porozumienie the partners conclude (its §3), so it rests on the PZK's agreement and does not conclude one of its own; the team agreement of a GGK is reported here too. While no agreement has been recorded yet, K022 says so and this rule waits. Fix: have the institution sign the agreement (`koop team sign <pzk> <institution> --representative …`), or take it out of the GGK (`koop team member remove <ggk> <institution>`); move a GGK's `[agreement]` to the PZK.
rule-k042-own-agreement = GGK `{ $team }` has an agreement of its own
rule-k042-own-agreement-help = zał. 5 §3: the GGK is formed under the partners' one porozumienie; record the agreement on the PZK and remove `[agreement]` from this team
rule-k042-not-signed = `{ $institution }` is a member of GGK `{ $team }` but did not sign the agreement
rule-k042-not-signed-help = zał. 5 §3.1: the GGK is formed of institutions "którzy podpisali Porozumienie"; have it sign (`koop team sign <pzk> { $institution } --representative …`) or remove it (`koop team member remove { $team } { $institution }`)
rule-k043-summary = the decision step says whether the work continues or the cooperation ends, no cycle follows an end, a step left out is one the gmina may leave out, and what the report to ROPS says is recorded on step 2.4
rule-k043-explain = Model Kooperacji w gminach wiejskich, krok 9.3: "Decyzja PZK o kontynuacji prac lub zakończenie współpracy, ustalenie sposobu przekazania osób/rodzin"; a continuing cycle ends with krok 7 of the "KOLEJNE WDRAŻANIE" diagram: "Ewaluacja pracy zespołu, decyzja o kontynuacji prac Modelem". The step records which alternative was taken (`decision = "continue"` or `"end"`), and a continuation ("DECYZJA O KONTYNUACJI PRAC MODELEM KOOPERACJI") cannot follow a decision to end. Założenia organizacyjne: "Ważne jest, by gminy mogły podjąć decyzję o wdrażaniu elementu bądź całego Modelu" — steps not adopted are listed in `[omitted]` with the reason; the ROPS's steps (stage I) and the decision itself are not a gmina's to leave out, and a step is not both done and left out. Fix: `koop model step done 9.3 --decision continue|end`, `koop model step omit STEP --reason …`, or correct the cycle file. What załącznik nr 1 (the report to ROPS) says — `resources_assessed`, `own_attempt`, `actions` — is recorded on step 2.4 of the first cycle (`koop model step done 2.4 --resources-assessed --own-attempt --actions …`), and on no other step.
rule-k043-first-after = cycle { $cycle } is a first implementation, but cycle { $previous } came before it
rule-k043-not-after = cycle { $cycle } starts on { $start }, not after cycle { $previous } ({ $previous_start })
rule-k043-before-decision = cycle { $cycle } starts on { $start }, before cycle { $previous } decided to continue ({ $day })
rule-k043-order-help = cycles follow one another: the first implementation, then continuations, each starting after the decision to continue (`kind = "continuation"`, a later `start`)
rule-k043-after-end = cycle { $cycle } follows cycle { $previous }, which decided on { $day } to end the cooperation
rule-k043-after-end-help = krok 9.3: "Decyzja PZK o kontynuacji prac lub zakończenie współpracy" — a continuation follows only a decision to continue; correct `decision` in cycle { $previous }, or remove this cycle
rule-k043-no-decision = cycle { $cycle } records step { $step } without the decision taken
rule-k043-no-decision-help = add `decision = "continue"` or `decision = "end"` under [steps."{ $step }"] ("Decyzja PZK o kontynuacji prac lub zakończenie współpracy")
rule-k043-rops-report = step { $step } of cycle { $cycle } records what the report to ROPS says (`resources_assessed`, `own_attempt`, `actions`), which belongs to step { $report_step } of the first cycle
rule-k043-rops-report-help = move them under [steps."{ $report_step }"] of the first cycle (krok 2.4: "Zgłoszenie do ROPS")
rule-k043-omits-unknown = cycle { $cycle } leaves out `{ $step }`, which is not one of its steps
rule-k043-done-and-omitted = step { $step } of cycle { $cycle } is recorded both as done and as not adopted
rule-k043-omitted-but-shown = step { $step } of cycle { $cycle } is recorded as not adopted, but the records show it done
rule-k043-omitted-no-reason = cycle { $cycle } leaves out step { $step } without saying why
rule-k043-omits-decision = cycle { $cycle } leaves out step { $step }, the decision to continue or to end, which every cycle takes
rule-k043-omits-regional = cycle { $cycle } leaves out step { $step }, a step of the ROPS (stage I) that is not this repository's to adopt
rule-k043-omitted-help = correct [omitted]: it lists the steps of the model this gmina or powiat does not adopt (`koop model status` lists them)
rule-k044-summary = referrals and open tasks fall within the model's course (from the first cycle's start to the last one's end)
rule-k044-explain = Założenia organizacyjne Modelu Kooperacji, pkt 14: "Praca Modelem Kooperacji proponuje czas 18 m-cy" — about 3 months of organisation, "do 13 m-cy" of support for people and families, about 2 months of summary. Once the course is recorded (`koop model start`), a family referred before it started or after it ended, and a task not done that falls due after it ends, are work outside the model's cycle. Nothing is reported while no cycle is recorded. Fix: start a continuation (`koop model start --continuation`) for work beyond the cycle, or correct the date.
rule-k044-help = the model's course runs from { $start } (cycle { $first }) to { $end } (cycle { $last }); correct the date, or record the course as it was (a later work: `koop model start --continuation`; an earlier one: the first cycle's `start`)
rule-k044-referred = case { $case } was referred on { $date }, { $when ->
        [before] before
        [after] after
       *[between] between the cycles of
    } the model's course
rule-k044-task-due = task { $task } of case { $case } is due { $due }, after the model's course ends ({ $end })
rule-k045-summary = in a powiat's repository every OPS, case and service of a gmina names its gmina (one of `[unit] gminy` when listed); a gmina's repository names no other
rule-k045-explain = Założenia organizacyjne Modelu Kooperacji, pkt 5: the county animator answers for the gminy ("odpowiedzialność za 1-4 gminy to pół etatu, powyżej 1 etat"), and pkt 7 joins them in "Gminno-Powiatowego Zespołu Kooperacji": a powiat's repository holds the work of several gminy, and its reports and figures (`koop export stats`, `koop report caseload`) break down by gmina. So each OPS (one per gmina), each case and each service offered in a gmina names its gmina, spelled as koop.toml's `[unit] gminy` lists them. A gmina has one OPS, and a case of a powiat is coordinated by the OPS of its gmina: a second OPS naming the same gmina, and a coordinator from another gmina's OPS, are reported. In a gmina's repository the gmina is the repository's own, and a record naming another is reported. Fix: `gmina = "…"` in the record (`--gmina` of `koop institution add`, `koop case new`, `koop service add`), or list the gmina in `[unit] gminy` (`koop init powiat --gmina …`).
rule-k045-coordinator = case { $case } of gmina `{ $gmina }` is coordinated by `{ $coordinator }` of `{ $ops }`, the OPS of gmina `{ $theirs }`
rule-k045-coordinator-help = the OPS of the family's gmina coordinates the work with it: name one of its social workers, or correct the case's gmina
rule-k045-second-ops = OPS `{ $ops }` names gmina `{ $gmina }`, which OPS `{ $first }` serves already
rule-k045-second-ops-help = a gmina has one ośrodek pomocy społecznej: correct the gmina of one of them
rule-k045-no-gmina = { $kind ->
        [ops] OPS `{ $id }`
        [case] case { $id }
       *[service] service `{ $id }`
    } names no gmina
rule-k045-no-gmina-help = in a powiat's repository the work is counted by gmina: add `gmina = "…"`
rule-k045-no-gmina-listed-help = in a powiat's repository the work is counted by gmina: add `gmina = "…"` (one of { $list })
rule-k045-not-listed = { $kind ->
        [ops] OPS `{ $id }`
        [case] case { $id }
       *[service] service `{ $id }`
    } names gmina `{ $gmina }`, which is not one of the powiat's
rule-k045-not-listed-did-you-mean = did you mean `{ $best }`? The gminy of the powiat are listed in koop.toml (`[unit] gminy`)
rule-k045-not-listed-help = the gminy of the powiat are { $list } (koop.toml `[unit] gminy`); add it there if it belongs to the powiat
rule-k045-other-gmina = { $kind ->
        [ops] OPS `{ $id }`
        [case] case { $id }
       *[service] service `{ $id }`
    } names gmina `{ $gmina }`, but this repository is gmina { $unit }
rule-k045-other-gmina-help = a gmina's repository holds its own work: remove `gmina`, or keep the record in the repository of its gmina or powiat
rule-k046-summary = the representative of each signatory of an agreement has a name koop can put in the accusative, and its seat a locality koop can put in the locative, or the forms are recorded
rule-k046-explain = Załącznik nr 3 names every party "reprezentowanym/ą przez" its representative, and Polish needs the accusative there: "przez Małgorzatę Wiśniewską", "przez Andrzeja Szymańskiego". koop derives it where the rules of Polish decide it (first names, surnames in -ski/-cki/-dzki and -a, women's surnames that do not change, men's surnames that keep their vowels) and otherwise prints the name as written, which a director would not sign. Fix: record the form — `representative_accusative = "Krzysztofa Wróbla"` in the signatory's entry of the team file (`--representative-accusative` of `koop team sign`), or `director_accusative` in the institution's file when the director signs (`--director-accusative` of `koop institution add`). The same paragraph gives each party's seat, "z siedzibą w" the locality in the locative and the address: koop takes the locality from a street address in the repository's own town (koop.toml's locative), and otherwise needs `locality_locative = "Dąbrówce"` in the institution's file (`--locality-locative`). The agreement itself is "zawarte w" its town, in the locative too: koop.toml's locative when the town is the repository's own gmina, and otherwise `--place-locative` of `koop team agreement`.
rule-k046-seat = the agreement of `{ $team }` gives the seat of `{ $institution }` as „z siedzibą w …” (zał. 3), and koop cannot tell that locality's locative from its address
rule-k046-seat-help = record it: `locality_locative = "…"` in institutions/{ $institution }/institution.toml ("Dąbrówce" for Dąbrówka)
rule-k046-name = the agreement of `{ $team }` names `{ $name }` after „przez” (zał. 3), and koop cannot tell the accusative of that name
rule-k046-representative-help = record it: `representative_accusative = "…"` in this signatory's entry (`koop team sign … --representative-accusative` for a new one)
rule-k046-director-help = record it: `director_accusative = "…"` in institutions/{ $institution }/institution.toml
rule-k046-place = the agreement of `{ $team }` was concluded in `{ $place }`, which zał. 3 prints after „zawarte w”, and koop cannot tell that town's locative
rule-k046-place-help = record it: `koop team agreement { $team } --place-locative …` ("Dąbrówce" for Dąbrówka)
rule-k047-summary = an agreement signed after the project „Kooperacja – efektywna i skuteczna” ended gives § 1 ust. 1 in the parties' own words
rule-k047-explain = Załącznik nr 5, § 1 ust. 1 says the agreement is concluded "w związku z realizacją … projektu pn. „Kooperacja – efektywna i skuteczna”, współfinansowanego ze środków EFS w ramach Programu Operacyjnego Wiedza Edukacja Rozwój 2014-20", and its footnote: "W przypadku powoływania Zespołu po zakończeniu realizacji projektu, zapis będzie zmieniony". The programme's projects ended with its eligibility period on 31 December 2023, so a team whose agreement is signed later needs that paragraph in its own words; the form gives none, and koop prints the project's until it is recorded. Fix: `koop team agreement TEAM --purpose "…"` (the agreement's `purpose`), which replaces § 1 ust. 1 and its footnote.
rule-k047-purpose = the agreement of `{ $team }` was signed on { $signed }, after the project „Kooperacja – efektywna i skuteczna” ended, and its § 1 ust. 1 still describes the project
rule-k047-purpose-help = zał. 5, footnote 1: "W przypadku powoływania Zespołu po zakończeniu realizacji projektu, zapis będzie zmieniony" — record it: `koop team agreement { $team } --purpose "…"`
rule-k048-summary = a disclosure package in the register was within the consent in force on its day: its recipient covered, its categories allowed, no consent withdrawn
rule-k048-explain = The team works with a family's data only with its consent (Założenia organizacyjne Modelu Kooperacji, pkt 6: "za zgodą osoby/rodziny"), and what is said in the group is confidential (Załącznik nr 5, § 3 pkt 6: "Wszystkich członków obowiązuje zasada tajności informacji przekazywanych na spotkaniach Grupy."). `koop share` gives an institution only what the consents in force allow it (`[[consent.share]]`) and refuses after a withdrawal; an entry of the register made otherwise — in a clone that did not know of the withdrawal yet, by an older koop, or by hand — is reported here. Fix: tell your data protection officer (IOD), ask the institution to return or destroy the package, and note it; the entry stays in the register as the record of what happened.
rule-k048-package = case { $case }: the package for `{ $to }` of { $date } { $why }
rule-k048-package-help = tell your data protection officer (IOD) and ask the institution to return or destroy it; the register keeps the entry
rule-k048-beyond = gave what no consent in force allowed: { $categories }
rule-k048-withdrawn = was given after { $member } withdrew their consent on { $date }
rule-k048-no-consent = was given when no consent was in force
rule-k048-no-scope = was given when no consent said what may be shared
rule-k048-not-covered = was given to a recipient the consent does not cover
rule-k049-summary = no monitoring is recorded after a member withdrew their consent (and gave none since)
rule-k049-explain = Założenia organizacyjne Modelu Kooperacji, pkt 6: the work runs "za zgodą osoby/rodziny". A member may withdraw their consent at any time (`koop case consent … --withdraw`); from that day the monitoring of the plan, which gathers information about the family from the institutions, needs a new consent. K011 reports a case whose every consent is withdrawn; this rule reports each monitoring entry dated after one member's withdrawal. Fix: record the new consent if it was given (`koop case consent`), or end the case (`koop case end … discontinued`) and remove the entries made without it.
rule-k049-monitoring = case { $case }: monitoring of { $day } recorded after { $member } withdrew their consent on { $date }
rule-k049-monitoring-help = record the new consent if it was given (`koop case consent { $case } …`), or end the case
## store: loading, writing and the model (store/, model/, text.rs, error.rs)

io-read = cannot read { $path }
io-write = cannot write { $path }
io-create = cannot create { $path }
io-create-folder = cannot create the folder { $path }
io-create-temporary-file = cannot create a temporary file in { $path }
io-remove = cannot remove { $path }
io-lock = cannot lock { $path }
io-open-lock-file = cannot open the lock file { $path }
io-set-permissions = cannot set the permissions of { $path }
io-commit = cannot commit { $path }
io-other = cannot { $action } { $path }
text-or = { $first } or { $second }
model-slot-ends-before-start = it ends ({ $end }) before it starts ({ $start })
model-slot-monday-or-friday = { $date } is a { $day ->
    [1] Monday
    [5] Friday
    [6] Saturday
   *[7] Sunday
}: "Starajmy się unikać organizacji spotkań na początku i końcu tygodnia, czyli poniedziałek i piątek"
model-slot-weekend = { $date } is a { $day ->
    [1] Monday
    [5] Friday
    [6] Saturday
   *[7] Sunday
}: "Ważne aby spotkanie odbywało się w godzinach pracy"
model-slot-holiday = { $date } is a public holiday ({ $holiday }): "Ważne aby spotkanie odbywało się w godzinach pracy"
model-slot-outside-hours = { $start }–{ $end } is outside working hours (8:00–16:00): "Ważne aby spotkanie odbywało się w godzinach pracy"
model-slot-too-long = it lasts { $hours }h{ $minutes }: "Czas spotkania nie powinien być dłuższy niż dwie godziny"
model-time-bad = `{ $value }` is not a time; write it as HH:MM, e.g. 10:00
model-time-out-of-range = `{ $value }` is not a time of day
model-case-not-qualified-hint = it is not qualified: there is nothing to undo
model-case-plan-adopted-hint = its plan is adopted: `koop undo` right after `koop case activate` takes that back; otherwise edit the case (`koop edit`)
model-case-not-ended-hint = it has not ended: there is nothing to reopen
model-case-never-qualified-hint = it was never qualified: `koop case end … not-qualified`, `refused` or `withdrawn` fits
model-case-qualified-hint = it is qualified: `koop case end … discontinued` (or `refused`, before the plan) fits
model-action-add-member = add a member
model-action-consent = record consent
model-action-withdraw-consent = record the withdrawal of consent
model-action-qualify = qualify the case
model-action-unqualify = undo the qualification
model-action-diagnose = record a diagnosis
model-action-plan = plan goals and tasks
model-action-activate = adopt the plan
model-action-finish-task = mark a task done
model-action-monitor = record monitoring
model-action-evaluate = evaluate
model-action-close = close the case
model-action-reopen = reopen the case
model-action-end-not-qualified = record that it was not qualified
model-action-end-refused = record that the person or family refused
model-action-end-withdrawn = record that the referral was withdrawn
model-action-end-discontinued = discontinue the case
model-status-referred = referred
model-status-qualified = qualified
model-status-active = active
model-status-closed = closed
model-status-not-qualified = not-qualified
model-status-refused = refused
model-status-withdrawn = withdrawn
model-status-discontinued = discontinued
model-case-referred-next = record consent and qualify it first (`koop case consent`, `koop case qualify`)
model-case-qualified-next = adopt the plan first (`koop case activate`)
model-case-active-next = it is active (`koop case close` ends the work)
model-case-closed-next = it is closed (`koop case reopen` reopens it)
model-case-ended-next = it has ended (`koop case reopen` reopens it)
model-consent-expecting = a table [consent] or a list of tables [[consent]]
model-month-bad = `{ $value }` is not a month; write it as YYYY-MM, e.g. 2026-05
model-month-no-month = `{ $value }` has no month { $month }; months run from 01 to 12
model-evidence-initiating-meeting = initiating meeting { $id }
model-evidence-agreement = agreement of { $team } signed
model-evidence-plan = plan of case { $case } adopted
model-evidence-new-agreement = new agreement of { $team } signed
date-not-a-date = `{ $value }` is not a date; write it as YYYY-MM-DD, e.g. 2026-03-12
date-no-month = `{ $value }` has no month { $month }; months run from 01 to 12
date-no-day = `{ $value }` does not exist: that month has no day { $day }
date-expected = expected a date written as YYYY-MM-DD, e.g. 2026-03-12
date-no-such-day = { $value } does not exist: that month has no day { $day }
date-with-time = expected a date without a time, e.g. 2026-03-12, found { $value }
id-empty = it is empty
id-path-separator = it contains a path separator
id-dot-dot = it contains `..`
id-bad-char = it contains { $char }; only a-z, 0-9 and - are allowed
id-bad-hyphen = it starts or ends with `-` or has `--`; use single hyphens between words
id-too-long = { $n ->
    [one] it is { $n } character long; at most { $max } allowed
   *[other] it is { $n } characters long; at most { $max } allowed
}
registry-named-by-path = records of kind `{ $kind }` are named by their path ({ $pattern })
registry-cycle-hint = `koop model status` shows the current cycle
registry-list-hint = `koop { $kind } list` lists them
registry-not-found = no { $kind } with ID `{ $id }`
load-keys-fix-hint = fix or remove the key file, then `koop keys rotate`
load-unmerged = unresolved merge conflict: git's { $operation } left { $path } unmerged
load-unmerged-hint = run `koop git resolve { $path }`: it merges both sides by identity (decrypting and encrypting again when the file is encrypted), or tells what to choose
load-file-for-folder = { $path } is a file where the layout has a folder
load-records-live-at = records in { $top }/ live at { $patterns }
load-cannot-read = cannot read { $path }: { $error }
load-folder-unreadable-hint = the records in the folder are skipped until it can be read: make it readable for you (`ls -ld { $path }` shows who owns it)
load-symlink = { $path } is a symbolic link; koop does not follow links
load-symlink-hint = put the file or folder itself here (links do not travel with git on every system)
load-folder-for-file = { $path } is a folder where a record file is expected
load-folder-for-file-hint = move what it holds elsewhere and remove the folder
load-not-a-record-in-case = { $path } is not a koop record, so it is not encrypted: git would share it in plain text
load-not-a-record-in-case-hint = scans and notes about a family belong in the institution's own files, not in the repository; remove it (and from git history if it was committed)
load-not-a-record = { $path } is not a record koop reads
load-not-a-record-hint = records in { $top }/ live at { $patterns }; move or rename the file
load-format-outdated = the repository is in record format { $found }; this koop reads format { $current }
load-format-outdated-hint = run `koop migrate` once, commit the change, and ask colleagues to update koop before they go on
load-format-newer = format { $found } is newer than this koop reads (format { $current })
load-format-newer-hint = install a newer koop (`cargo install --path .` from an updated checkout)
load-bad-id = `{ $id }` in { $path } is not a valid ID: { $reason }
load-bad-id-hint = rename it to `{ $suggestion }` (and update references)
load-markers-reason = it holds git's conflict markers: a merge is not finished (`koop git resolve`)
load-damaged = cannot decrypt { $path }: it is damaged or not an age file ({ $error })
load-restore-hint = restore it from git (`git log -- { $path }`, `git checkout <commit> -- { $path }`)
load-decrypted-not-utf8 = { $path } decrypts to text that is not valid UTF-8 (line { $line }, column { $column })
load-not-utf8 = file is not valid UTF-8
load-not-utf8-hint = save the file as UTF-8 (in most editors: "Save with encoding" → UTF-8)
load-name-not-utf8 = { $path }: the name is not valid UTF-8, so koop cannot read what is in it or name it in records
load-name-not-utf8-hint = rename it with letters in UTF-8 (a file manager or `mv` on a system set to UTF-8 does it)
load-recipients-extra = { $n ->
    [one] { $n } key no longer in { $dir }/ can still read it
   *[other] { $n } keys no longer in { $dir }/ can still read it
}
load-recipients-missing = { $n ->
    [one] { $names } cannot read it
   *[other] { $names } cannot read it
}
load-recipients-differ = { $path } is encrypted to other keys than { $dir }/ lists: { $why }
load-recipients-differ-hint = it was written where the keys were not yet changed (a parallel clone); `koop keys rotate` encrypts every file to the keys now listed
load-markers = { $n ->
    [one] unresolved merge conflict: { $n } line of git's conflict markers
   *[other] unresolved merge conflict: { $n } lines of git's conflict markers
}
load-markers-encrypted-hint = run `koop git resolve { $path }`: it merges both versions by identity, decrypting them and encrypting the result
load-markers-hint = keep the right lines and delete the markers (<<<<<<<, =======, >>>>>>>), or run `koop git resolve { $path }` to merge both sides by identity; then `git add { $path }`
load-conflict-none = (none)
load-conflict-personal = unresolved merge conflict in `{ $key }` (values not shown: personal data; `koop edit { $path }` shows them)
load-conflict = unresolved merge conflict in `{ $key }`: ours { $ours }, theirs { $theirs }
load-conflict-hint = the record keeps `ours`; set the value that is right (`koop edit { $path }`), then delete this [[conflicts]] entry
load-outdated = { $path } is in the record format of an earlier koop: { $why }
load-outdated-hint = run `koop migrate`, which gives every entry its identity (docs/format.md, "Identities")
load-list-for-table = `{ $key }` is a list here, but this record has a table under that key
load-list-for-table-hint = write it as a table: [{ $key }] with one `key = value` per line (docs/format.md lists the keys)
load-missing-key = missing key `{ $key }`
load-add-key-hint = add `{ $key } = …` to this table (docs/format.md lists the keys)
load-number-u8 = a whole number from 0 to 255
load-number-u16 = a whole number from 0 to 65535
load-number-u32 = a whole number from 0 to 4294967295
load-number-unsigned = a whole number of 0 or more
load-number-whole = a whole number
load-number = a number
load-did-you-mean = did you mean `{ $suggestion }`?
load-expected-one-of = expected one of { $list }
load-remove-key = remove this key
load-remove-value = remove this value
load-unknown-key = unknown key `{ $key }`
load-not-allowed = `{ $value }` is not allowed here
load-add-id-hint = add `id = "{ $id }"`, an identity koop drew for this entry (docs/format.md, "Identities")
load-expected-quoted = expected one of { $list } (in quotes)
load-key-takes = this key takes { $expected }
load-key-takes-other = this key takes another type
load-wrong-type = wrong type: { $detail }
load-date-hint = write a date that exists, as YYYY-MM-DD
load-time-hint = write the time in quotes as "HH:MM", e.g. start = "10:00"
load-invalid-date = { $detail }
load-invalid-value = { $detail }
load-invalid-toml = invalid TOML: { $detail }
load-syntax-hint = fix the TOML syntax here (https://toml.io describes it)
load-orphans = cases/{ $dir }/ has no case.toml; the folder's other files are not read
load-orphans-hint = restore case.toml (`git log -- cases/` shows it), or remove the folder
store-edit-not-utf8 = { $path }:{ $line }:{ $column }: file is not valid UTF-8
store-edit-not-utf8-hint = save the file as UTF-8, then run the command again
store-edit-not-toml = { $path }: not valid TOML
store-edit-cannot-edit = cannot edit { $location }
store-edit-fix-hint = fix the file by hand first (`koop check` shows where)
store-format1-members = its members have a `key` (m1, m2, …) instead of an identity
store-format1-plan = its goals and tasks are numbered instead of having identities
store-format1-monitoring = its entries have no identity and name tasks by number
store-format1-evaluation = it names goals by number instead of by identity
store-git-cannot-run = cannot run git
store-git-install-hint = install git (https://git-scm.com)
store-git-failed = `git { $args }` failed
merge-base-not-toml = the common ancestor is not valid TOML: { $error }
merge-ours-not-toml = our version is not valid TOML: { $error }
merge-theirs-not-toml = their version is not valid TOML: { $error }
merge-removed-theirs = removed on their side, changed on ours
merge-removed-ours = removed on our side, changed on theirs
merge-changed-both = changed differently on both sides
merge-conflicts-note =
    # Merge conflict: two people changed the same thing differently. The record above
    # keeps `ours` (or, where one side removed it, the side that changed it); set what is
    # right (remove it from the record to accept a removal), then delete this note and
    # each [[conflicts]] entry.
store-not-a-repository = not in a koop repository: no { $file } in { $path } or any folder above it
store-not-a-repository-hint = run `koop init gmina --name <NAME>` to start one, or use `-C <DIR>` to point at one
store-config-unreadable = { $file } could not be read
store-config-unreadable-hint = run `koop check` to see what is wrong with it
oplog-damaged-bytes = the operation log is damaged (a file's bytes do not decode)
oplog-new-log-hint = remove { $path } to start a new log (undo then cannot go further back)
oplog-damaged = { $path } is damaged
oplog-cannot-write = cannot write the operation log
oplog-cannot-undo = cannot undo operation { $id } ({ $description }): { $files } changed since
oplog-cannot-undo-hint = undo only reverts a change whose files are as it left them; correct the record with `koop edit` instead
oplog-gitignore = koop's local operation log (koop log, koop undo); never shared
renumber-shared = it is already in the shared repository
renumber-first = it was referred first
tx-cannot-decrypt = cannot decrypt { $path }: { $reason }
tx-identity-hint = set KOOP_IDENTITY to your identity file (docs/privacy.md)
write-exists = { $path } already exists; koop does not overwrite records
tx-exists-hint = edit the file (`koop edit`), or choose another ID
tx-missing = { $path } does not exist
tx-no-recipients = { $path } is encrypted, but the repository lists no recipients in { $dir }/
tx-no-recipients-hint = add the team's keys back (`koop keys add`), then try again
tx-does-not-load = { $path } does not load
tx-folder-for-file = { $path } is a folder where koop expects a file
tx-broken = { $path } does not load, so koop will not change it or anything that depends on it
tx-broken-hint = fix it first: `koop edit { $path }` (or any editor), then `koop check`
write-locked = another koop has been writing to this repository for over { $seconds } s ({ $path } is locked)
write-locked-hint = wait for it to finish and try again; if no koop is running, the lock is released by itself when its process ends
write-exists-hint = edit the file, or choose another ID
crypt-bad-age-key = not a valid age public key: { $error }
crypt-rsa = RSA SSH keys are not accepted (the RSA code age would use has an unfixed timing advisory, RUSTSEC-2023-0071); use an ssh-ed25519 key or an age key
crypt-only-ed25519 = only ssh-ed25519 SSH keys are accepted
crypt-bad-ssh-key = not a valid ssh-ed25519 public key: { $error }
crypt-expected-key = expected an age public key (`age1…`) or an SSH public key (`ssh-ed25519 AAAA…`)
crypt-both = both { $plain } and { $sealed } exist; nothing was changed
crypt-both-hint = merge them by hand: `koop case show <case> --reveal` shows the encrypted one; then delete { $plain } and add what it had with koop
crypt-not-utf8 = { $path }:{ $line }:{ $column }: not UTF-8 text
crypt-private-key = { $path }:{ $line }:1: this is a PRIVATE key, which must never be in the repository
crypt-private-key-hint = delete { $path } now (and from git history if it was committed), make a new identity with `koop keys generate`, and add its public key
crypt-fix-keys-hint = fix or remove the file (`koop keys remove`), then `koop keys rotate`
crypt-no-public-key = cannot tell the public key of your identity { $path }
crypt-no-public-key-hint = put its public key beside it (the same name with `.pub`), or pass it: `koop keys add <name> ~/.ssh/id_ed25519.pub`
crypt-cannot-read-identity = cannot read your identity { $path }
crypt-identity-hint = set KOOP_IDENTITY to your identity file, or make one with `koop keys generate`
crypt-identity-not-text = { $path }: an identity file is text, this is not
crypt-bad-ssh-identity = { $path }: not an SSH private key koop can use
crypt-passphrase = { $path }: the SSH key is protected by a passphrase, which koop cannot ask for
crypt-passphrase-hint = use an age identity (`koop keys generate`) for koop
crypt-unsupported-ssh = { $path }: this kind of SSH key is not supported
crypt-unsupported-ssh-hint = use an ssh-ed25519 key or an age identity (`koop keys generate`)
crypt-public-not-private = { $path }:{ $line }: this is a public key; your identity is the private key
crypt-public-not-private-hint = point KOOP_IDENTITY to the private key file (for SSH: the same name without `.pub`)
crypt-not-age-identity = { $path }:{ $line }: not an age identity (AGE-SECRET-KEY-1…)
crypt-not-age-identity-hint = an identity file is what `koop keys generate` or age-keygen writes
crypt-no-key = { $path } holds no key
crypt-no-identity = this needs personal data, which is encrypted, and you have no identity to decrypt it
crypt-no-identity-hint = set KOOP_IDENTITY to your identity file (default: { $path }); without one, `koop keys generate` makes one and a colleague adds you with `koop keys add`
crypt-identity-file =
    # koop identity: keep this file private and backed up; without it you cannot read the cases.
    # public key: { $public }
crypt-damaged = it is damaged or not an age file
crypt-reason-no-identity = you have no identity (KOOP_IDENTITY, or { $path }; `koop keys generate` makes one)
crypt-reason-bad-identity = your identity cannot be used: { $error }
crypt-reason-not-for-you = it is not encrypted to your identity ({ $path }); a colleague who can read it adds you with `koop keys add`
crypt-reason-damaged = { crypt-damaged }: { $error }
crypt-cannot-encrypt = cannot encrypt
## cmdb: commands (git, sync, keys, doc, init, edit, check, completions, migrate, diff, undo, report, agenda, export, output), cli.rs, complete.rs, doc/, report/

# commands/mod.rs: what every command shares
commands-strict-skipped = { $n ->
    [one] { $n } record file could not be read: { $files }
   *[other] { $n } record files could not be read: { $files }
}
commands-strict-unreadable = { $n ->
    [one] { $n } folder could not be read: { $folders }
   *[other] { $n } folders could not be read: { $folders }
}
commands-strict-skipped-hint = run `koop check` to see what is wrong, or drop --strict to skip what could not be read
commands-merge-conflicts-left = { $n ->
    [one] { $n } unresolved merge conflict (`koop check` lists them): what is shown keeps this clone's side
   *[other] { $n } unresolved merge conflicts (`koop check` lists them): what is shown keeps this clone's side
}
commands-unfinished-merge-note = git's merge is not finished; `koop sync` finishes it
commands-unfinished-note = git's { $operation } is not finished; `git status` says how to finish it
commands-skipped = { $n ->
    [one] { $n } record file could not be read and is skipped: { $files }; run `koop check` for details
   *[other] { $n } record files could not be read and are skipped: { $files }; run `koop check` for details
}
commands-unreadable-folders = { $n ->
    [one] { $n } folder could not be read and the records in it are skipped: { $folders }; run `koop check` for details
   *[other] { $n } folders could not be read and the records in them are skipped: { $folders }; run `koop check` for details
}
commands-outdated = the repository is in record format { $found }; this koop reads format { $format }
commands-outdated-hint = run `koop migrate` once and commit the change (`koop check` shows what it will fix)
commands-unfinished = git's { $operation } is not finished
commands-unfinished-files = git's { $operation } is not finished ({ $n } unmerged: { $files })
commands-unfinished-rebase-hint = resolve the files (`koop git resolve`, `koop check` lists what is left), `git add` them and `git rebase --continue` — or `git rebase --abort`; then run this again
commands-unfinished-merge-hint = resolve the files (`koop git resolve`, `koop check` lists what is left), `git add` them and `git commit` — or `git merge --abort`; then run this again
commands-conflicts = unresolved merge conflicts in { $files }
commands-conflicts-hint = `koop check` shows them; choose the right values with `koop edit <file>` and delete the [[conflicts]] entries, then run this again
commands-lock-waiting = waiting for another koop to finish writing ({ $file } is locked; giving up after { $seconds } s)
commands-lock-recovered = note: finished operation { $op }, which an interrupted koop left half written
commands-nothing-would-change = nothing would change
commands-nothing-to-change = nothing to change: the records already say so
commands-refusal-duplicate-hint = it is already recorded; if it really happened twice, add --allow-duplicate
commands-refusal-dangling-hint = the records named above refer to what would go: change or remove them first (where a remove command has --cascade or --force, its --help says what they do)
commands-refusal-hint = correct what the findings point at, or give other values
commands-refusal = { $n ->
    [one] the change was not made: it would bring { $n } new error (`koop check` rules)
   *[other] the change was not made: it would bring { $n } new errors (`koop check` rules)
}
commands-locked = { $n ->
    [one] note: { $n } encrypted file of personal data could not be decrypted ({ $reason }); what depends on it was not verified or shown
   *[other] note: { $n } encrypted files of personal data could not be decrypted ({ $reason }); what depends on them was not verified or shown
}
# $kind: the kind of record as a word to select on (person, institution, team, case,
# member-institution…); $what: the same as the code names it.
commands-bad-id = `{ $value }` is not a valid { $kind ->
   *[other] { $what }
} ID: { $reason }
commands-try = try `{ $suggestion }`
commands-no-id-from-name = cannot make an ID from the name `{ $name }`
commands-no-id-from-name-hint = give one with --id
commands-unknown = no { $kind ->
   *[other] { $what }
} with ID `{ $id }`
commands-did-you-mean = did you mean `{ $best }`?
commands-lists-them = `{ $command }` lists them
commands-empty = { $flag } cannot be empty
commands-control-characters = { $flag } cannot contain control characters or line breaks
commands-prose-stdin = { $flag }-file -: cannot read standard input
commands-prose-not-utf8 = { $flag }-file { $path }:{ $line }:{ $column }: not valid UTF-8
commands-prose-not-utf8-hint = save the file as UTF-8
commands-prose-empty = { $flag }-file { $path } is empty
commands-prose-control = { $flag }-file { $path }: the text contains control characters
commands-toml = cannot write the record as TOML
# commands/git.rs
git-dry-run = --dry-run does not apply to `koop git`
git-dry-run-hint = `git status` shows which files are unmerged; `koop check` shows the conflicts
git-no-work-tree = this repository is not in a git work tree
git-no-work-tree-hint = run `git init` (or clone the shared repository), then `koop git setup`
git-set-up = Set up this clone: records merge by identity, encrypted ones too, and `git diff` shows key holders the decrypted text
git-attributes-updated = updated .gitattributes: commit it so that every clone uses the drivers
git-exe-unknown = cannot tell where koop is installed
git-driver-name = koop: records merged by identity
git-driver-name-encrypted = koop: encrypted records merged by identity
# $side: base, ours or theirs
git-cannot-decrypt = cannot decrypt { $side ->
    [base] the common version
    [ours] ours
   *[theirs] theirs
}: { $reason }
git-side-not-utf8 = { $side ->
    [base] the common version is not UTF-8 text
    [ours] ours is not UTF-8 text
   *[theirs] theirs is not UTF-8 text
}
git-no-recipients = keys/ lists no recipient
git-cannot-encrypt = cannot encrypt the result: { $reason }
git-driver-conflicts = { $n ->
    [one] koop: { $n } conflict in { $path }: both values are listed at its end as [[conflicts]]; `koop check` shows them
   *[other] koop: { $n } conflicts in { $path }: both values are listed at its end as [[conflicts]]; `koop check` shows them
}
git-driver-by-line = koop: { $path }: { $why }; merging line by line
git-merge-file = cannot run git merge-file
git-driver-refused = koop: cannot merge { $path }: { $why }; a colleague whose key can read it runs `koop git resolve { $path }`
git-textconv-locked =
    (encrypted; not shown: { $reason })
    version { $version }
git-changed-and-removed = { $path } was changed on one side and removed on the other: keep it (`git add { $path }`) or remove it (`git rm { $path }`), then `koop sync`
git-merged = Merged { $path }
git-resolved-by-hand = { $path }: resolved by hand, marked as resolved
git-still-conflicts = { $path } still has [[conflicts]] entries: choose in `koop edit { $path }`, delete them, then `koop sync` (or `git add { $path }`)
git-merged-with-conflicts = { $n ->
    [one] Merged { $path } with { $n } conflict: choose in `koop edit { $path }`, delete the [[conflicts]] entries, then `koop sync` (or `git add { $path }`)
   *[other] Merged { $path } with { $n } conflicts: choose in `koop edit { $path }`, delete the [[conflicts]] entries, then `koop sync` (or `git add { $path }`)
}
git-cannot-merge-locked = Cannot merge { $path }: { $why }. If your key was removed from keys/, keep the colleagues' version (`git checkout --theirs { $path } && git add { $path }`) and tell them what you changed; otherwise a colleague who can read it runs `koop git resolve { $path }` (or `git merge --abort` goes back)
git-cannot-merge = Cannot merge { $path }: { $why }
git-nothing-to-resolve = { $path } has no conflict to resolve (no markers, and git does not list it as unmerged)
git-merged-sides = Merged the two sides of { $path }; commit it (`koop sync`)
git-merged-sides-with-conflicts = { $n ->
    [one] Merged the two sides of { $path } with { $n } conflict: choose in `koop edit { $path }` and delete the [[conflicts]] entries
   *[other] Merged the two sides of { $path } with { $n } conflicts: choose in `koop edit { $path }` and delete the [[conflicts]] entries
}
git-nothing-unmerged = No record file is unmerged; nothing to resolve
git-no-such-file = { $path }: no such file
git-no-such-file-hint = `git status` lists the files with conflicts; `koop check` the records
git-all-merged = every file is merged; `koop sync` finishes the merge (or `git commit --no-edit`)
git-commit-it = commit it with `koop sync`
# commands/sync.rs
sync-dry-run = --dry-run does not apply to `koop sync`
sync-dry-run-hint = `git status` shows what it would commit; `git fetch && git log HEAD..@{"{"}u{"}"}` what it would pull
sync-no-git = this repository is not shared through git yet
sync-no-git-hint = clone the shared repository (`git clone <address>`), or `git init` and `git remote add origin <address>`
sync-set-up = set up koop's merge drivers in this clone (`koop git setup`)
sync-strays = { $n ->
    [one] nothing was shared: this file is not a koop record, and git would share it unencrypted with everyone who has the repository: { $files }
   *[other] nothing was shared: these files are not koop records, and git would share them unencrypted with everyone who has the repository: { $files }
}
sync-strays-hint = move them out of the repository (scans and notes about a family belong in the institution's files, not here); if one must be shared, `git add` it yourself, then `koop sync`
sync-plain-personal = nothing was shared: personal data in plain text would go to everyone who has the repository: { $files }
sync-plain-personal-hint = `koop keys rotate` encrypts it to the keys in keys/; then `koop sync`
sync-committed = Committed: { $message }
sync-nothing-to-commit = Nothing to commit
sync-no-remote = this branch follows no shared branch, so nothing was pulled or pushed; this repository has no shared repository yet: `git remote add origin <address>`, then `git push -u origin HEAD`, once
sync-no-upstream = this branch follows no shared branch, so nothing was pulled or pushed; once: `git push -u origin HEAD`
sync-renumbered-by-colleague = case { $old } (cases/{ $dir }) is now { $new }: a colleague renumbered it; correct papers printed with the old number
sync-nothing-to-push = Nothing to push
sync-push-failed = git push failed
sync-push-failed-hint = run `koop sync` again in a moment
sync-pushed = Pushed; your colleagues get it with `koop sync`
sync-merge-conflicts = the merge still holds conflicts (above)
sync-merge-conflicts-hint = choose with `koop edit <file>`, delete the [[conflicts]] entries, then `koop sync` again
sync-merge-finished = Finished the merge
sync-cannot-run-git = cannot run git
sync-nothing-new = Nothing new from your colleagues
sync-pulled = Pulled your colleagues' changes
sync-pull-failed = git pull failed
sync-pull-failed-hint = check the network and the address of the shared repository (`git remote -v`)
sync-pulled-merged = Pulled and merged your colleagues' changes
sync-renumber-move = { $from } to { $to }
sync-renumber-commit = koop: renumber case { $moves } (a colleague took the number first)
sync-renumbered = a colleague had already shared a case with the same number: yours took the next free one (above); correct papers you printed with the old number
sync-stopped = git's { $operation } needs you to choose
sync-stopped-files = git's { $operation } needs you to choose: { $files }
sync-stopped-merge-hint = choose in each file with `koop edit <file>` and delete its [[conflicts]] entries (or the <<<<<<< ======= >>>>>>> lines), then `koop sync` again; `git merge --abort` goes back to before the pull
sync-stopped-rebase-hint = koop sync merges, it does not rebase: finish with `git rebase --continue` (after `koop git resolve`) or `git rebase --abort`, then `koop sync`
sync-stopped-hint = finish it (`git status` says how) or abort it, then `koop sync`
sync-not-pushed = not pushed: fix what is above (`koop check` shows it again), then `koop sync` again
sync-recipients = { $n ->
    [one] { $n } encrypted file is not encrypted to the keys in keys/ (K037): `koop keys rotate`, then `koop sync`
   *[other] { $n } encrypted files are not encrypted to the keys in keys/ (K037): `koop keys rotate`, then `koop sync`
}
# $errors and $warnings: count-errors and count-warnings
sync-check = koop check: { $errors } and { $warnings } (`koop check` shows them)
sync-message-by-hand = koop sync: changes made by hand
sync-message-changes = { $n ->
    [one] koop: { $n } change
   *[other] koop: { $n } changes
}
sync-identity-hint = git needs your name and e-mail once: `git config --global user.name "Anna Kowalska"` and `git config --global user.email anna@example.org`
# commands/keys.rs
keys-no-recipients = there are no recipients in { $dir }/ to encrypt to
keys-no-recipients-hint = add yourself first: `koop keys add <your-name>`
keys-op-rotate = keys rotate
keys-identity-exists = { $path } already exists
keys-identity-exists-hint = koop never overwrites an identity: losing it locks you out of the cases
keys-cannot-create-folder = cannot create the folder { $path }
keys-no-home = cannot tell where your identity goes: HOME is not set
keys-no-home-hint = pass --output FILE, and set KOOP_IDENTITY to it
keys-identity-in-repository = { $path } is inside the koop repository at { $root }; an identity is private and must stay out of it
keys-identity-in-repository-hint = keep it in ~/.config/koop/identity.txt (the default) or another private folder
keys-generated =
    wrote your identity to { $path } (readable by you only); back it up somewhere safe: without it you cannot read the cases.
    Give the public key above to a colleague, who adds you with `koop keys add <your-name> { $public }`.
keys-private = that is a private key
keys-private-hint = give the public key (`age1…`, printed by `koop keys generate`); never share the private one
keys-not-a-key = `{ $arg }` is neither a public key nor a readable file
keys-private-file = { $arg } is a private key
keys-private-file-hint = give the public key (the `.pub` file, or `age1…`); never share the private one
keys-no-key = { $arg } holds no key
keys-cannot-add = cannot add `{ $name }`: { $reason }
keys-exists = { $path } already exists
keys-exists-hint = remove it first (`koop keys remove`) to replace the key
keys-already-listed = this key is already listed as `{ $name }` ({ $path })
keys-op-add = keys add { $name }
keys-added = added { $path }
keys-none = (none: personal data is not encrypted; see docs/privacy.md)
keys-you = you
keys-column-name = name
keys-column-kind = kind
keys-column-key = key
keys-own-key = `{ $name }` is your own key: removing it would lock you out of the personal data
keys-own-key-hint = ask another recipient to remove you
keys-last = `{ $name }` is the last recipient: without one, nobody could read the personal data
keys-last-hint = add the new holder first (`koop keys add`), then remove this one
keys-op-remove = keys remove { $name }
keys-removed = removed { $path }
keys-removed-history = the removed key can still open the versions already in git history and in copies it had; see docs/privacy.md
keys-log-forgot = { $n ->
    [one] note: koop's operation log forgot { $n } earlier change that held personal data in plain text (it can no longer be undone)
   *[other] note: koop's operation log forgot { $n } earlier changes that held personal data in plain text (they can no longer be undone)
}
keys-reencrypted = re-encrypted { $files ->
    [one] { $files } file
   *[other] { $files } files
} of personal data to { $n ->
    [one] { $n } recipient
   *[other] { $n } recipients
}: { $names }
keys-cannot-decrypt = cannot decrypt { $path }: { $reason }
keys-cannot-decrypt-hint = nothing was changed; only someone who can read every file can re-encrypt them
# commands/doc.rs, doc/mod.rs, doc/context.rs
doc-format-mismatch = -o { $path } names a { $named } file, but --format is { $format }
doc-format-mismatch-hint = drop --format (the extension decides), or name the file `….{ $format }`
doc-id-person = [PERSON]
doc-id-team = TEAM
doc-id-case = CASE
doc-id-meeting = MEETING
doc-column-document = document
doc-column-id = ID
doc-column-source = source
doc-column-what = what
doc-templates-exist = { $dir } already has { $files }
doc-templates-exist-hint = pass --force to replace them, or export into another folder
doc-templates-exported = { $n ->
    [one] wrote { $n } template to { $dir }; a repository uses the ones in its { $folder }/ folder instead of the built-in ones
   *[other] wrote { $n } templates to { $dir }; a repository uses the ones in its { $folder }/ folder instead of the built-in ones
}
doc-template-built-in = built in
doc-template-own-replaces = { $path } (own, replaces { $template } for --format { $format })
doc-template-own = { $path } (own)
doc-column-template = template
doc-column-from = from
doc-blank-failed = cannot make the blank form
doc-no-blank = `koop doc { $name }` is made from the records, not filled in by hand: it has no blank form
doc-no-blank-hint = --blank prints the forms: zgloszenie-rops, porozumienie, karta, monitoring, zaproszenie, lista-obecnosci, protokol
doc-takes-no-id = `koop doc { $name }` is about the whole repository and takes no ID (`{ $id }` given)
doc-takes-no-id-hint = run `koop doc { $name }` alone
# a list of two or more: "a, b and c"
doc-list-and = { $items } and { $last }
doc-reveal-elsewhere = --reveal applies to { $to }, not `{ $name }`: it carries no family's personal data
doc-option-elsewhere = --{ $option } applies to { $to }, not `{ $name }`
doc-no-evaluation = case { $case } has no evaluation of { $day }
doc-no-evaluation-yet = it has no evaluation yet (`koop eval add`)
doc-evaluations = its evaluations: { $days }
doc-no-folder = the folder { $dir } does not exist
doc-no-folder-hint = create it first, or write the document elsewhere
doc-serialise = cannot serialise the document data
doc-plain-inside = { $path } would hold personal data in plain text inside the repository, where git does not ignore it
doc-plain-inside-hint = write it outside the repository (-o ~/karta.pdf), or as a PDF or HTML, which the repository ignores; --force writes it anyway
doc-wrote = wrote { $path }
doc-plain-written = { $path } holds personal data in plain text inside the repository: print it, then delete it; never commit it
share-needs = `koop share` needs a case, --to and --purpose
share-op = share case { $case } with { $to }
share-op-register = record a disclosure of case { $case }
share-registered = Recorded in the disclosure register: { $path } (output: { $file })
share-no-consent = case { $case } has no consent in force on { $date }: nothing may be shared
share-no-consent-hint = record the consent with what it lets koop share: `koop case consent { $case } --by m1 --date … --share <institution>=<categories>`
share-withdrawn = { $member } withdrew their consent in case { $case } on { $date }: no new package may be made
share-withdrawn-hint = a package needs everyone's consent in force; a new consent, if given, is recorded with `koop case consent`
share-no-scope = the consents in force in case { $case } on { $date } do not say what may be shared with whom
share-no-scope-hint = record what the signed consent allows: `koop case consent { $case } --by m1 --share <institution or kind>=<categories>`
share-not-covered = the consent in case { $case } in force on { $date } does not cover { $name } (`{ $to }`)
share-not-covered-hint = `koop case show { $case }` shows what each consent lets koop share; every consent in force must name `{ $to }` or its kind
share-col-date = date
share-col-act = act
share-col-case = case
share-col-to = to
share-col-categories = categories
share-col-purpose = purpose
share-col-by = by
doc-source-porozumienie = { $title } (or załącznik nr 3 with --variant 3)
doc-source-zaproszenie = { $title } (what an invitation must say)
doc-source-lista-obecnosci = { $title } (attendance list with contact details)
doc-source-protokol = { $title } (minutes, approved at the next meeting)
doc-about-zgloszenie-rops = Zgłoszenie potrzeby włączenia ROPS: the gmina asks ROPS for support (contact person: optional PERSON)
doc-about-porozumienie = Porozumienie na rzecz współdziałania of a TEAM, with its signatories and załącznik nr 1 (contact persons)
doc-about-karta = Karta planu pracy z osobą/rodziną of a CASE: part A (diagnosis), B (goals, tasks, signatures), C (evaluation)
doc-about-monitoring = Monitoring pracy z osobą/rodziną of a CASE for a month (--month), by responsible party
doc-about-zaproszenie = Invitations to a MEETING, one page per invited institution
doc-about-lista-obecnosci = Lista obecności of a MEETING, to sign
doc-about-protokol = Protokół of a MEETING: attendance, agenda, minutes, decisions
doc-about-efekty = Effects for a council session: cases by status, goals achieved, institutions, services, meetings
doc-about-lista-uslug = The local list of services and activities (gminno-powiatowa lista usług), to print and hand out
doc-no-document = there is no document `{ $name }`
doc-did-you-mean = did you mean `{ $name }`?
doc-no-document-hint = `koop doc list` lists the documents
doc-template-syntax = cannot configure the template syntax
doc-template-line = { $file }, line { $line }
doc-template-error = template { $at }: { $cause }
doc-template-hint = fix the template, or delete the override in { $dir }/ to use the built-in one
# $what: team, case or meeting
doc-needs-id = `koop doc { $name }` needs the { $what ->
    [team] team
    [case] case
    [meeting] meeting
   *[other] { $what }
} it is about
doc-needs-id-hint = `{ $command }` lists them; e.g. `koop doc { $name } <ID>`
# doc/templates.rs
templates-built-in = { $name } (built in)
templates-bad-name = `{ $name }` is not a template name
templates-bad-name-hint = template names are file names in templates/, like `karta.md`
templates-not-utf8 = { $path }:{ $line }:{ $column }: not UTF-8 text
templates-not-utf8-hint = save the template as UTF-8
templates-none = there is no template `{ $name }`
templates-none-hint = `koop doc templates` lists them
# doc/pdf.rs
pdf-no-packages = typst packages are not available: documents are made offline
pdf-serialise = cannot serialise the document data
pdf-template-error = template { $at }: { $cause }
pdf-failed = typesetting failed
pdf-template = template { $error }
pdf-more-errors = { $n ->
    [one] and { $n } more error
   *[other] and { $n } more errors
}
pdf-template-hint = fix the template, or delete the override in { $dir }/ to use the built-in one
pdf-no-position = (no position)
# commands/init.rs
init-gmina-of-gmina = --gmina lists the gminy of a powiat
init-gmina-of-gmina-hint = a gmina's repository is its own gmina: leave --gmina out, or run `koop init powiat …`
init-exists = { $dir } already holds a koop repository ({ $file } exists); nothing was changed
init-inside = { $dir } is inside the koop repository at { $root }; nothing was changed
init-inside-hint = choose a folder outside it
init-not-a-folder = { $path } is not a folder
init-cannot-create-folder = cannot create the folder { $path }
# $kind: gmina or powiat
init-done = Initialised a koop repository for { $kind ->
   *[other] { $kind }
} { $name } in { $dir }
init-setup-failed = could not set up koop's merge drivers ({ $reason }); run `koop git setup` later
init-git-done = Initialised an empty git repository there, with koop's merge drivers (docs/collaboration.md).
init-git-inside = { $dir } is inside the git work tree of { $top }, so it got no git repository of its own: its records, the encrypted personal data included, would be committed to that repository's history and pushed wherever it is pushed
init-git-inside-hint = unless { $top } is meant to hold them, delete { $dir } and run `koop init` again outside any git work tree (e.g. `cd ~` first); if it is, run `koop git setup` there for koop's merge drivers
init-no-git = git is not installed; run `git init` yourself to share the repository
init-git-failed = git init failed: { $reason }
init-encrypted = Personal data is encrypted to { $key }, your identity { $identity }.
init-identity-created = created your identity at { $path } (readable by you only): back it up somewhere safe; without it you cannot read the cases
init-plain = personal data (members, diagnoses) will be kept in plain text; `koop keys add <your-name>` encrypts it later (docs/privacy.md)
init-next = Next: koop institution add --name <NAME> --kind ops --level gmina
init-identity-unreadable-hint = or run `koop init … --no-encrypt`, then add the key with `koop keys add`
init-no-home = cannot tell where to keep your identity: HOME is not set
init-no-home-hint = set KOOP_IDENTITY to a file path, or pass --no-encrypt
init-bad-teryt = --teryt `{ $code }` is not a TERYT code of a { $kind }: expected { $n } digits
# commands/edit.rs
edit-no-record = { $path } does not exist
edit-no-record-hint = koop edit changes existing records; the `add`/`new` commands create them
edit-temp-file = cannot create a temporary file
edit-no-changes = { $path }: no changes
edit-changed-meanwhile = { $path } was changed by someone else while you were editing it; nothing was saved
edit-changed-meanwhile-hint = run `koop edit` again to edit the new version (your text is lost with the temporary file; copy it from your editor first)
edit-not-utf8 = { $path }:{ $line }:{ $column }: the edited file is not valid UTF-8
edit-op = edit { $path }
edit-saved = Saved { $path }
edit-still-unmerged = git still lists { $path } as unmerged: `git add { $path }` once it is right
edit-nothing-saved = nothing was saved; { $path } is as it was
edit-abandoned = abandoned: { $path } is as it was
# a question; "y" or "t" (tak) or nothing says yes
edit-ask-again = Re-open the editor to fix it? [Y/n]
edit-no-answer = cannot read the answer
edit-cannot-start = cannot start the editor `{ $editor }`
edit-editor-failed = the editor `{ $editor }` failed ({ $status }); nothing was saved
edit-editor-failed-hint = check that VISUAL or EDITOR names an editor that runs here, e.g. EDITOR=nano
edit-no-case-file = a case has no file `{ $name }`
edit-no-case-file-hint = give one of case, members, diagnosis, plan, or the file's path
edit-outside = { $path } is not a record of this repository
edit-outside-hint = give the path of a record inside the repository, e.g. teams/pzk.toml
edit-not-a-record = { $path } is not a record koop reads
edit-not-a-record-hint = docs/format.md lists where records live; koop edit opens records only
# commands/check.rs
check-unknown-code = { $flag } { $code }: no rule has this code
check-did-you-mean = did you mean { $code }? `koop rules` lists them
check-rules-list = `koop rules` lists them
check-unknown-allowed = koop.toml: [check] allow names an unknown rule `{ $code }`
check-clean = { $n ->
    [one] checked { $n } file: no problems
   *[other] checked { $n } files: no problems
}
# $summary: "0 errors, 1 warning"
check-summary = { $n ->
    [one] checked { $n } file: { $summary }
   *[other] checked { $n } files: { $summary }
}
check-no-rule = no rule has the code { $code }
# commands/completions.rs
completions-shell = koop cannot complete in { $shell }
completions-exe-unknown = cannot tell where koop is installed
completions-script = cannot write the completion script
completions-no-folder = the folder { $dir } does not exist
completions-no-folder-hint = create it first (mkdir -p …), or name another
completions-man = cannot render a man page
completions-man-written = { $n ->
    [one] wrote { $n } man page to { $dir } (koop.1 and one per command)
   *[other] wrote { $n } man pages to { $dir } (koop.1 and one per command)
}
# commands/diff.rs
diff-sealed-removed = { $path }: encrypted personal data would be removed (add --reveal-diff to see the decrypted diff)
diff-sealed-changed = { $path }: encrypted personal data would change (add --reveal-diff to see the decrypted diff)
diff-sealed-written = { $path }: encrypted personal data would be written (add --reveal-diff to see the decrypted diff)
diff-no-newline = No newline at end of file
# commands/undo.rs
undo-nothing = there is nothing to undo: koop has logged no change here
undo-nothing-hint = `koop log` lists the changes koop made; changes made by hand or by git are git's to revert (`git restore`, `git revert`)
undo-refused-hint = undo would take back operation { $id } ({ $description }); `koop undo --force` does it anyway
undo-op = undo { $id }: { $description }
undo-done = { $n ->
    [one] Undid operation { $id } ({ $description }): { $n } file put back as it was
   *[other] Undid operation { $id } ({ $description }): { $n } files put back as they were
}
undo-logged = logged as operation { $id }; `koop undo` again undoes the change before it
undo-undone = { $description } (undone)
undo-column-op = op
undo-column-time = time
undo-column-what = what
undo-column-command = command
undo-column-files = files
# commands/migrate.rs
migrate-current = The records are in format { $format } already; nothing to change
migrate-op = migrate to record format { $format }
migrate-identities = identities for { $members } members, { $goals } goals, { $tasks } tasks, { $entries } monitoring entries and { $decisions } decisions; { $references } references and { $files } monitoring files now name them by identity
migrate-steps = { $n } steps of continuation cycles renumbered as the model's diagram numbers them (7 → 6, 8 → 7)
# $changes: migrate-identities and migrate-steps, joined by "; "
migrate-done = Migrated to record format { $format }: { $changes }
migrate-commit-now = commit it now (`koop sync`, or `git add -A && git commit -m "koop migrate"`) and ask colleagues to update koop before they go on; `koop undo --force` takes it back
migrate-not-utf8 = { $path }:{ $line }:{ $column }: not valid UTF-8
# commands/report.rs, report/
report-no-gmina = no gmina `{ $gmina }` in this repository
report-did-you-mean = did you mean `{ $gmina }`?
report-no-gminy = no case names a gmina yet (`koop case new --gmina`)
report-gminy = the gminy: { $gminy }
report-reported-yes = yes
report-reported-missing = missing
report-column-case = case
report-column-gmina = gmina
report-column-task = task
report-column-text = text
report-column-responsible = responsible
report-column-due = due
report-column-progress = progress
report-column-reported = reported
report-column-person = person
report-column-days-overdue = days overdue
report-column-institution = institution
report-column-active-cases = active cases
report-column-open-tasks = open tasks
report-column-cases = cases
report-member-of = { $member } (member of { $case })
# commands/agenda.rs, report/agenda.rs
agenda-rsvp = { $n ->
    [one] { $n } institution confirms attendance: { $institutions }
   *[other] { $n } institutions confirm attendance: { $institutions }
}
agenda-evaluation = next evaluation (part C)
agenda-monitoring = monitoring for { $month } from the responsible parties (zał. 7)
agenda-follow-up = the follow-up of sustained change after closure ends
agenda-cycle = cycle { $cycle }
agenda-steps = { $n ->
    [one] deadline of step { $steps }
   *[other] deadline of steps { $steps }
}
agenda-overdue = { $n ->
    [one] { $n } open task past due: `koop report overdue` lists it
   *[other] { $n } open tasks past due: `koop report overdue` lists them
}
agenda-column-date = date
agenda-column-what = what
agenda-column-about = about
agenda-column-details = details
agenda-kind-meeting = meeting
agenda-kind-rsvp = rsvp
agenda-kind-decision = decision
agenda-kind-task = task
agenda-kind-evaluation = evaluation
agenda-kind-monitoring = monitoring
agenda-kind-follow-up = follow-up
agenda-kind-step = step
# commands/export.rs, report/stats.rs
export-json = cannot write JSON
export-wrote = wrote { $path }
export-period-backwards = the period `{ $period }` ends before it starts
export-bad-period = `{ $text }` is not a year (2026), a month (2026-10) or a day (2026-10-15); a range joins two with `..`
# commands/output.rs
output-none = (none)
# table cells shown in red and in yellow, | between the words
output-attention-red = late | missing | overdue | error | not reported
output-attention-yellow = due | warning | done late
# cli.rs
cli-run-no-cwd = cannot read the current folder
cli-run-no-folder = -C { $dir }: no such folder
cli-run-today-hint = set KOOP_TODAY to a date as YYYY-MM-DD, or unset it
# complete.rs: what a completed ID is
complete-case = case
complete-institution = institution
complete-person = person
complete-team = team
complete-meeting = meeting
## cmda: case, meeting, model, team, plan, monitor, institution, person, service and remove commands

caseutil-case-unreadable = case `{ $case }` could not be read
caseutil-case-unreadable-hint = `koop check` shows what is wrong with its files
caseutil-no-case = no case with ID `{ $id }`
caseutil-number-clash = case number `{ $case }` is used by { $n ->
        [one] { $n } folder
       *[other] { $n } folders
    }: { $folders }
caseutil-number-clash-renumber = name the folder instead; `koop case renumber cases/{ $folder }` settles the clash (it becomes { $number })
caseutil-number-clash-hint = name the folder instead
caseutil-wrong-status = cannot { $action }: case { $case } is { $status }, and this needs it { $wanted }
caseutil-locked-restore = restore it from git (`git log -- { $path }`, `git checkout <commit> -- { $path }`)
caseutil-locked-identity = set KOOP_IDENTITY to your identity file (docs/privacy.md)
caseutil-locked = this needs { $path }, which cannot be decrypted: { $reason }
caseutil-no-party = no member, person or institution with ID `{ $id }`
caseutil-ambiguous-party = `{ $id }` is ambiguous: it names more than one of a member, a person and an institution
caseutil-ambiguous-party-hint = name the member by the identity `koop case show --format json` gives
caseutil-no-member = case { $case } has no member { $given }
caseutil-no-members-yet = it has no members yet
caseutil-members-are = its members: { $numbers }
caseutil-no-task = case { $case } has no task { $given }
caseutil-no-tasks-yet = it has no tasks yet
caseutil-tasks-are = its tasks: { $numbers }
caseutil-no-goal = case { $case } has no goal { $given }
caseutil-no-goals-yet = it has no goals yet
caseutil-goals-are = its goals: { $numbers }
caseutil-did-you-mean = did you mean `{ $id }`?
caseutil-listed-by = `{ $command }` lists them
case-folder-unreadable = { $path } could not be read, and a case in it may have any number: koop will not choose the next one
case-folder-unreadable-hint = make the folder readable for you (`ls -ld { $path }` shows who owns it), then `koop check`
case-expected-outcome = expected one of { $words }
case-referrer-elsewhere = --referrer `{ $person }` works at `{ $works_at }`, not at the referring institution `{ $institution }`
case-op-register = register case { $case }
case-registered = Registered case { $case } ({ $path })
case-col-case = case
case-col-kind = kind
case-col-status = status
case-col-referred = referred
case-col-by = by
case-col-coordinator = coordinator
case-col-team = team

case-col-open-tasks = open tasks
case-col-gmina = gmina
case-field-case = case
case-field-folder = folder
case-field-kind = kind
case-field-status = status
case-field-coordinator = coordinator
case-field-referred = referred
case-referred-value = { $date } by { $institution }
case-field-expectations = expectations
case-field-consent = consent
case-consent-value = { $date } by { $member }
case-consent-value-for-others = { $consent } (also for { $members })
case-consent-value-withdrawn = { $consent }, withdrawn { $date }
case-field-share = shares to
case-share-value = { $to } → { $categories }
case-field-sharing-stopped = packages
case-sharing-stopped-value = stopped: { $member } withdrew their consent on { $date }
case-field-qualified = qualified
case-qualified-value = { $date } by team { $team }
case-field-plan-adopted = plan adopted
case-field-closed = closed
case-closed-value = { $date }: { $handover }
case-closed-value-follow-up = { $date }: { $handover } (follow-up until { $until })
case-field-ended = ended
case-ended-value = { $date } as { $status }: { $reason }
case-members-locked = Members: encrypted, and your identity cannot decrypt them
case-members = Members:
case-members-hidden = Members (names hidden; --reveal shows them):
case-age = { $n ->
        [one] { $n } year
       *[other] { $n } years
    }
case-col-member = member
case-col-relation = relation
case-col-born = born
case-col-name = name
case-col-residence = residence
case-col-phone = phone
case-main-goal = Main goal: { $goal }
case-main-goal-not-set = Main goal: (not set)
case-tasks = Tasks:
case-col-task = task
case-col-goal = goal
case-col-text = text
case-col-responsible = responsible
case-col-due = due
case-col-done = done
case-monitoring = Monitoring:
case-col-month = month
case-col-reported-by = by
case-col-progress = progress
case-evaluations = Evaluations:
case-end-of-work = end of work
case-col-date = date
case-col-main-goal = main goal
case-col-next = next
case-meetings = Meetings convened for the case:
case-col-meeting = meeting
case-col-when = when
case-op-member-add = add a member to case { $case }
case-member-added = Added member { $member } to case { $case } ({ $path })
case-no-consent-to-withdraw = { $member } of case { $case } has no consent in force to withdraw
case-consent-withdrawn-already = it was withdrawn on { $date } already
case-consent-none-given = { $member } gave none; `koop case show { $case }` lists who consented
case-op-consent-withdraw = withdraw the consent of { $member } in case { $case }
case-consent-withdrawn = Recorded that { $member } withdrew their consent on { $date } ({ $path })
case-consented-already = { $member } of case { $case } has consented already ({ $date })
case-consented-already-hint = edit [[consent]] in { $path } to correct it
case-op-consent = record the consent of { $member } for case { $case }
case-consent-recorded = Recorded the consent of { $member } for case { $case } ({ $path })
case-share-syntax = `{ $value }` is not RECIPIENTS=CATEGORIES, e.g. `sp1,school=plan,monitoring`
case-share-category = `{ $value }` is not a category of data: { $words }
case-share-unknown-recipient = `{ $value }` is neither an institution ID nor a kind of institution
case-share-unknown-recipient-hint = `koop institution list` lists the IDs; the kinds are { $kinds }
case-consent-needs-date = --date is needed: the day the consent was given (or withdrawn)
case-op-consent-share = record what the consent of { $member } in case { $case } lets koop share
case-consent-share-recorded = Recorded what the consent of { $member } for case { $case } lets koop share ({ $path })
case-consent-share-set = the consent of { $member } in case { $case } ({ $date }) says already what may be shared
case-consent-share-set-hint = a new scope is a new consent: `koop case consent { $case } --by { $member } --withdraw --date …`, then record the new one with its --share
case-op-qualify = qualify case { $case }
case-qualified = Case { $case } qualified by team { $team } ({ $path })
case-op-diagnosis = record the diagnosis of case { $case }
case-diagnosis-recorded = Recorded the diagnosis of case { $case } ({ $path })
case-no-plan-yet = case { $case } has no plan with a task yet
case-no-plan-yet-hint = add goals and tasks first: `koop goal add`, `koop task add`
case-op-activate = activate case { $case }
case-activated = Case { $case } is active: plan adopted { $date }
case-op-close = close case { $case }
case-closed = Closed case { $case } ({ $path })
case-op-end = end case { $case } as { $status }
case-ended = Case { $case } ended as { $status } on { $date } ({ $path })
case-renumber-nothing = No two cases share a number; nothing to renumber
case-renumber-keeper = case { $case } in cases/{ $folder } keeps its number: { $why }
case-renumber-keeper-hint = renumber the other one: `koop case renumber cases/{ $folder }` (it becomes { $number }); --force renumbers this one instead
case-renumber-no-clash = no other case has the number { $case }; nothing to settle
case-renumber-no-clash-hint = --force gives it the next free number all the same
case-renumber-exists = { $folder } already exists
case-op-renumber-item = { $old } to { $new }
retention-period = Retention period of ended cases: { $years } years from the end of work or follow-up (default; set [retention] closed_cases_years in koop.toml, see docs/privacy.md)
retention-period-basis = Retention period of ended cases: { $years } years from the end of work or follow-up ({ $basis })
retention-past = past
retention-col-case = case
retention-col-status = status
retention-col-ended = ended
retention-col-until = kept until
retention-col-past = period
retention-hint = anonymise each with `koop case anonymise <case>`
anonymise-already = case { $case } was anonymised on { $date } already
anonymise-not-ended = case { $case } has not ended: its personal data is still needed for the work
anonymise-not-ended-hint = close or end it first (`koop case close { $case }` or `koop case end { $case } …`)
anonymise-not-due = case { $case } is kept until { $until } ({ $years } years after its work ended)
anonymise-not-due-hint = to anonymise it earlier (a request under art. 17 RODO, a decision of your IOD): `koop case anonymise { $case } --force --reason …`
anonymise-op = anonymise case { $case }
anonymise-done = Anonymised case { $case }: names, contacts, diagnosis and free texts replaced by a tombstone; recorded in { $path }
anonymise-log-forgot = the operation log forgot the operations on this case ({ $n }): undo cannot bring its personal data back
anonymise-history = earlier commits of git still hold the data: docs/privacy.md, "What git history still holds", says how to purge them
case-op-renumber = renumber case { $changes }
case-renumbered = Renumbered case { $old } (cases/{ $old_folder }) to { $new } (cases/{ $new_folder })
meeting-ambiguous = `{ $id }` names { $n ->
        [one] { $n } meeting
       *[other] { $n } meetings
    }: { $meetings }
meeting-ambiguous-hint = give the whole ID, as `koop meeting list` shows it
meeting-no-meeting = no meeting with ID `{ $id }`
meeting-end-before-start = --end { $end } is not after --start { $start }
meeting-no-team = no team with ID `{ $id }`
meeting-case-ended = case { $case } ended as { $status }; a team is not convened for it
meeting-case-ended-hint = `koop case reopen { $case }` first, if the work goes on
meeting-op-plan = plan meeting { $id }
meeting-planned = Planned meeting { $id } ({ $path })
meeting-yes = yes
meeting-col-id = id
meeting-col-team = team
meeting-col-kind = kind
meeting-col-when = when
meeting-col-place = place
meeting-col-present = present
meeting-col-minutes = minutes
meeting-col-approved-at = approved at
meeting-field-id = id
meeting-field-team = team
meeting-field-kind = kind
meeting-field-when = when
meeting-field-place = place
meeting-field-goal = goal
meeting-field-cases = cases
meeting-field-minutes-by = minutes by
meeting-field-approved-at = approved at
meeting-field-file = file
meeting-agenda = Agenda:
meeting-invited-heading = Invited:
meeting-col-institution = institution
meeting-col-person = person
meeting-col-sent = sent
meeting-col-confirm-by = confirm by
meeting-present-heading = Present:
meeting-col-name = name
meeting-col-contact = contact
meeting-minutes-heading = Minutes:
meeting-rsvp-after = --rsvp-by { $rsvp } is after the meeting ({ $date })
meeting-person-one-institution = --person names the representative of one institution: invite one institution with it
meeting-person-one-institution-hint = run `koop meeting invite` once per institution that sends someone by name
meeting-person-elsewhere = `{ $person }` does not work at `{ $institution }`
meeting-person-elsewhere-hint = name a person of the invited institution (`koop person list --institution …`)
meeting-sent-after = --sent { $sent } is after the meeting ({ $date })
meeting-all-invited = every institution given is already invited; nothing to change
meeting-op-invite = invite to meeting { $id }
meeting-invited = Invited { $institutions } to meeting { $id } ({ $path })
meeting-all-present = everyone given is already on the attendance list
meeting-op-attend = record attendance at meeting { $id }
meeting-attended = Recorded { $people } as present at meeting { $id } ({ $path })
meeting-minutes-early = meeting { $id } takes place on { $date }; its minutes are written at it
meeting-minutes-early-hint = name who will write them now with `--by`, and store the minutes after the meeting
meeting-has-minutes = meeting { $id } already has minutes
meeting-has-approved-minutes = meeting { $id } already has minutes (approved at { $at })
meeting-has-minutes-hint = add --replace to overwrite them
meeting-minutes-by-named = meeting { $id } already names `{ $person }` to write the minutes
meeting-minutes-by-named-hint = add --replace to name someone else
meeting-op-minutes-by = store the minutes of meeting { $id }, written by { $person }
meeting-minutes-stored-by = Stored the minutes of meeting { $id }, written by { $person } ({ $path })
meeting-op-minutes = store the minutes of meeting { $id }
meeting-minutes-stored = Stored the minutes of meeting { $id } ({ $path })
meeting-op-minutes-writer = { $person } writes the minutes of meeting { $id }
meeting-minutes-writer = Named { $person } to write the minutes of meeting { $id } ({ $path })
meeting-minutes-not-utf8 = { $path }:{ $line }:{ $column }: not valid UTF-8
meeting-minutes-not-utf8-hint = save the minutes as UTF-8 text
meeting-minutes-empty = { $path } is empty
meeting-no-minutes = meeting { $id } has no minutes to approve
meeting-no-minutes-hint = store them first: `koop meeting minutes <ID> --file …`
meeting-approve-other-team = { $at } is a meeting of `{ $team }`, not of `{ $own }`; minutes are approved at the same team's next meeting
meeting-approve-earlier = minutes are approved at a later meeting; { $at } is not after { $id }
meeting-op-approve = approve the minutes of meeting { $id }
meeting-approved = Minutes of meeting { $id } approved at { $at } ({ $path })
meeting-no-owner = no person or institution with ID `{ $id }`
meeting-due-before = --due { $due } is before the meeting ({ $date })
meeting-op-decide = record a decision of meeting { $id }
meeting-decided = Recorded decision { $n } of meeting { $id } ({ $path })
model-not-started = the model's course has not been started in this repository
model-not-started-hint = start it: `koop model start --date YYYY-MM-DD`
model-cycle-too-long = a cycle of more than 36 months is not a cycle of this model
model-cycle-too-long-hint = Założenia organizacyjne Modelu Kooperacji, pkt 14 proposes 18 months: about 3 + up to 13 + about 2
model-start-before-last = cycle { $cycle } started on { $date }; a new cycle starts after it
model-cycle-ended = cycle { $cycle } ended the cooperation (step { $step }, { $date }): no continuation follows
model-cycle-ended-hint = if the decision was to continue after all, correct it in { $path } (`decision = "continue"`)
model-cycle-undecided = cycle { $cycle } runs until { $date } and its decision to continue is not recorded
model-cycle-undecided-hint = record it first: `koop model step done { $step } --decision continue`
model-continuation-early = the continuation would start before cycle { $cycle } decided to continue ({ $date })
model-continuation-early-hint = a continuation starts on or after the decision; correct --date
model-already-ran = this repository already ran the model; a new cycle is a continuation
model-already-ran-hint = add --continuation (Założenia organizacyjne Modelu Kooperacji: "kolejne wdrażanie Modelu Kooperacji")
model-op-start = start a cycle of the model's course
model-started = Started cycle { $cycle } ({ $kind }) on { $date }; it ends { $end } ({ $path })
model-step-future = --date { $date } is in the future; record a step once it is done
model-step-done-already = step { $step } was already recorded as done on { $date }
model-step-done-already-hint = edit [steps."{ $step }"] in { $path } to change it
model-step-before-cycle = --date { $date } is before cycle { $cycle } started ({ $start })
model-step-before-cycle-hint = a step of this cycle is done within it; correct the date, or the cycle's `start`
model-decision-needed = step { $step } is the decision to continue the work with the model or to end the cooperation: say which
model-decision-needed-hint = add --decision continue or --decision end (krok { $step }: "{ $title }")
model-decision-misplaced = --decision belongs to step { $decision }, the decision to continue; step { $step } takes none
model-report-options-misplaced = --resources-assessed, --own-attempt and --actions describe the report to ROPS, step { $report } of the first cycle; step { $step } takes none
model-step-omitted = step { $step } is recorded as not adopted in cycle { $cycle }
model-step-omitted-hint = if it was adopted after all, remove it from [omitted] in { $path }
model-op-step-done = step { $step } done
model-step-done-continue = Step { $step } done on { $date }: the decision is to continue the work with the model ({ $path })
model-step-done-end = Step { $step } done on { $date }: the decision is to end the cooperation ({ $path })
model-step-done = Step { $step } done on { $date } ({ $path })
model-step-shown-already = the records already showed step { $step } done on { $date } ({ $evidence }); the date you gave is kept
model-omit-done = step { $step } was done on { $date }; a step done is not omitted
model-omit-done-hint = `koop model step undo { $step }` first, if it was recorded by mistake
model-omit-decision = step { $step } is the decision to continue or to end: every cycle takes it
model-omit-shown = step { $step } was done on { $date }, as the records show ({ $evidence }); a step done is not omitted
model-omit-regional = step { $step } is the ROPS's (stage I); it is not for this repository to adopt or omit
model-omit-already = step { $step } is already recorded as not adopted in cycle { $cycle }
model-op-omit = step { $step } not adopted
model-omitted = Step { $step } recorded as not adopted in cycle { $cycle } ({ $path })
model-no-step = no step with ID `{ $id }`
model-state-due-on = due { $date }
model-state-done = done
model-state-done-late = done late
model-state-due = due
model-state-late = late
model-state-optional = optional
model-state-not-adopted = not adopted
model-state-rops = ROPS
model-status-cycle = Cycle { $cycle } ({ $kind ->
    [first] first implementation
   *[other] continuation
}), started { $start }:
    organisation until { $organisation }, work until { $work }, summary until { $summary }
model-status-decision = decision: { $decision }
model-status-col-stage = stage
model-status-col-step = step
model-status-col-state = state
model-status-col-date = date / deadline
model-status-col-how = how
model-status-ended = The cooperation ended by the decision of { $date } (step { $step }): no step is next.
model-status-current-stage = Current stage: { $number } { $name } ({ $owners })
model-status-all-done = Every required step is done.
model-status-next = Next: { $step } { $title } ({ $state } { $date })
team-no-team = no team with ID `{ $id }`
team-op-create = create team { $team }
team-created = Created team { $team } ({ $path })
team-col-id = id
team-col-kind = kind
team-col-name = name
team-col-coordinator = coordinator
team-col-members = members
team-col-agreement-signed = agreement signed
team-unknown-id = { $id } (unknown)
team-field-id = id
team-field-kind = kind
team-field-name = name
team-field-coordinator = coordinator
team-field-file = file
team-agreement-ggk = Agreement: the PZK's (a GGK is formed of the institutions that signed it, zał. 5 §3)
team-agreement-none = Agreement: none recorded (`koop team agreement` records it)
team-agreement = Agreement:
team-field-signed = signed
team-field-place = place
team-field-place-locative = place (locative)
team-field-meeting-place = meeting place
team-field-frequency = meetings at least every
team-frequency = { $n ->
        [one] month
       *[other] { $n } months
    }
team-field-valid-until = valid until
team-col-signatory = signatory
team-col-representative = representative
team-col-joined = joined
team-members = Members:
team-yes = yes
team-col-institution = institution
team-col-core = core
team-col-delegates = delegates
team-delegate-elsewhere = `{ $person }` works at `{ $works_at }`, not at `{ $institution }`; a member delegates its own workers
team-delegate-elsewhere-hint = add `{ $person }` as a delegate of `{ $works_at }` instead
team-member-unchanged = `{ $institution }` is already a member of `{ $team }` with these delegates; nothing to change
team-op-member-add = add { $institution } to team { $team }
team-member-updated = Updated member { $institution } of team { $team } ({ $path })
team-member-added = Added { $institution } to team { $team } ({ $path })
team-ggk-agreement = `{ $team }` is a GGK, and a GGK has no agreement of its own
team-ggk-agreement-hint = zał. 5 §3: the GGK is formed of the institutions that signed the partners' porozumienie; record the agreement and its signatures on the PZK (`koop team agreement { $pzk }`, `koop team sign { $pzk } …`), then add the GGK's members with `koop team member add { $team }`
team-valid-until-before-signed = --valid-until { $until } is before --signed { $signed }
team-agreement-nothing = nothing to set
team-agreement-nothing-hint = give at least one of --signed, --place, --meeting-place, --frequency-months, --valid-until, --purpose
team-agreement-ends-early = the agreement would end ({ $until }) before it was signed ({ $signed })
team-signed-after-joined = --signed { $signed } is after a signatory joined ({ $joined })
team-op-agreement = agreement of team { $team }
team-agreement-updated = Updated the agreement of team { $team } ({ $path })
team-signed-already = `{ $institution }` has already signed the agreement of `{ $team }`
team-joined-before-signed = --joined { $joined } is before the agreement was signed ({ $signed })
team-op-sign = { $institution } signs the agreement of team { $team }
team-signed = Recorded { $institution } as a signatory of team { $team } ({ $path })
plan-main-goal-exists = case { $case } already has a main goal
plan-main-goal-exists-hint = edit main_goal in { $path } to change it
plan-op-main-goal = set the main goal of case { $case }
plan-main-goal-set = Set the main goal of case { $case } ({ $path })
plan-op-goal-add = add goal { $goal } to case { $case }
plan-goal-added = Added goal { $goal } to case { $case } ({ $path })
plan-no-goal = case { $case } has no goal { $goal }
plan-no-goal-hint = add it with `koop goal add`; `koop case show` lists the goals
plan-goal-not-found = { $path }: goal { $goal } not found
plan-op-task-add = add task { $task } to case { $case }
plan-task-added = Added task { $task } to case { $case } ({ $path })
plan-no-task = no task { $task }
plan-task-done-already = task { $task } was already done on { $date }
plan-task-not-found = { $path }: task { $task } not found
plan-op-task-done = task { $task } of case { $case } done
plan-task-done = Task { $task } of case { $case } done on { $date }
plan-state-overdue = overdue
plan-state-done = done
plan-col-case = case
plan-col-task = task
plan-col-text = text
plan-col-responsible = responsible
plan-col-person = person
plan-col-due = due
plan-col-state = state
monitor-before-active = { $month } is before the case became active ({ $date })
monitor-month-ahead = { $month } has not started yet on { $date }
monitor-op-add = monitoring of case { $case } for { $month }
monitor-added = Recorded progress on task { $task } for { $month } ({ $path })
monitor-eval-next-or-end = give the date of the next evaluation (--next) or --end
monitor-eval-next-or-end-hint = part C: "data kolejnej ewaluacji/zakończenie pracy z osobą/rodziną"
monitor-eval-future = --date { $date } is in the future; record an evaluation once it has taken place
monitor-eval-next-early = --next { $next } must be after --date { $date }
monitor-op-eval = evaluation of case { $case } on { $date }
monitor-eval-added = Recorded the evaluation of case { $case } ({ $path })
monitor-goal-syntax = --goal `{ $spec }`: expected N=DEGREE or N=DEGREE:reasons
monitor-goal-syntax-hint = DEGREE is one of { $words }
monitor-goal-reasons = --goal reasons
monitor-goal-degree = --goal `{ $spec }`: `{ $word }` is not a degree of achievement
monitor-goal-degree-hint = one of { $words } (or in Polish: osiągnięty, częściowo, nieosiągnięty)
institution-exists = institution `{ $id }` already exists (institutions/{ $id }/)
institution-exists-hint = choose another ID with --id, or edit the existing record
institution-op-add = add institution { $id }
institution-added = Added institution { $id } ({ $path })
institution-updated = Updated institution { $id } ({ $path })
institution-op-import = { $n ->
    [one] import { $n } institution
   *[other] import { $n } institutions
}
institution-bad-email = { $flag } `{ $email }` is not an e-mail address
institution-col-id = id
institution-col-name = name
institution-col-kind = kind
institution-col-level = level
institution-col-people = people
institution-no-institution = no institution with ID `{ $id }`
institution-field-id = id
institution-field-name = name
institution-field-kind = kind
institution-field-level = level
institution-field-address = address
institution-field-phone = phone
institution-field-email = email
institution-field-director = director
institution-field-file = file
institution-people = People:
institution-col-person-name = name
institution-col-position = position
institution-col-roles = roles
institution-teams = Teams:
institution-yes = yes
institution-col-core = core
institution-services = Services:
person-op-add = add person { $id }
person-added = Added person { $id } ({ $path })
person-updated = Updated person { $id } ({ $path })
person-op-import = { $n ->
    [one] import { $n } person
   *[other] import { $n } people
}
person-no-institution = no institution with ID `{ $id }`
person-col-id = id
person-col-name = name
person-col-institution = institution
person-col-position = position
person-col-roles = roles
person-post-range = a share of a post is more than 0 and at most 1 (a full post)
person-post-syntax = write a share of a post: 0.5, 0,5, 1/4 or ¼
service-op-add = add service { $id }
service-added = Added service { $id } ({ $path })
service-col-id = id
service-col-name = name
service-col-provider = provider
service-col-level = level
service-col-target-group = target group
remove-unknown-kind = koop does not remove records of kind `{ $kind }`
remove-op-record = remove { $kind } { $id }
remove-record-removed = Removed { $kind } { $id } ({ $path })
remove-op-institution = remove institution { $id }
remove-institution-removed = Removed institution { $id } ({ $path })
remove-no-team = no team with ID `{ $id }`
remove-no-member-institution = no member institution with ID `{ $id }`
remove-op-team-member = remove { $institution } from team { $team }
remove-team-member-removed = Removed { $institution } from team { $team } ({ $path })
remove-op-step-adopt = adopt step { $step } again
remove-step-adopted = Step { $step } is no longer recorded as not adopted ({ $path })
remove-step-shown = step { $step } is not recorded by hand: the records show it done on { $date } ({ $evidence })
remove-step-shown-hint = it follows those records; change them, not the course
remove-step-not-done = step { $step } is not recorded as done in cycle { $cycle }
remove-step-none-done = no step of this cycle is recorded as done
remove-steps-done = steps recorded as done: { $steps }
remove-op-step-undo = undo step { $step }
remove-step-undone = Step { $step } is no longer recorded as done ({ $path })
remove-no-goal = case { $case } has no goal { $goal }
remove-no-goal-hint = `koop case show` lists the goals
remove-op-goal = remove goal { $goal } of case { $case }
remove-goal-removed = Removed goal { $goal } of case { $case } ({ $path })
remove-no-task = no task with ID `{ $id }`
remove-op-task = remove task { $task } of case { $case }
remove-task-removed = Removed task { $task } of case { $case } ({ $path })
remove-op-task-reschedule = reschedule task { $task } of case { $case } to { $date }
remove-task-rescheduled = Task { $task } of case { $case } is now due { $date } ({ $path })
remove-no-monitoring = case { $case } has no monitoring for { $month } by `{ $by }`
remove-monitoring-nobody = nobody has reported for { $month } yet
remove-monitoring-reporters = reported for { $month }: { $reporters }
remove-monitoring-no-entry = { $path } has no entry for task { $task }
remove-monitoring-which = { $path } has { $n ->
        [one] { $n } entry
       *[other] { $n } entries
    } for task { $task }; say which with --entry N
remove-monitoring-no-such-entry = --entry { $entry }: { $path } has { $n ->
        [one] { $n } entry
       *[other] { $n } entries
    } for task { $task }
remove-op-monitoring = remove monitoring of task { $task } for { $month } by { $by }
remove-monitoring-removed = Removed 1 entry on task { $task } for { $month } by { $by } ({ $left ->
    [0] { $path } removed
   *[other] { $path }
})
remove-no-evaluation = case { $case } has no evaluation on { $date }
remove-no-evaluations = it has no evaluation at all
remove-evaluations-are = its evaluations: { $dates }
remove-op-evaluation = remove the evaluation of case { $case } on { $date }
remove-evaluation-removed = Removed the evaluation of case { $case } on { $date } ({ $path })
remove-op-member = remove member { $member } of case { $case }
remove-member-removed = Removed member { $member } of case { $case }
remove-op-case = remove case { $case }
remove-case-removed = Removed case { $case } ({ $folder }/)
remove-case-removed-note = `koop undo` brings it back; git history keeps it too
remove-op-reopen = reopen case { $case }
remove-reopened = Case { $case } is { $status } again ({ $path })
remove-op-unqualify = undo the qualification of case { $case }
remove-unqualified = Case { $case } is referred again; its qualification was removed ({ $path })
remove-no-decision = meeting { $id } has no decision { $n }
remove-no-decision-hint = `koop meeting show { $id } --format json` lists its decisions, the first is 1
remove-op-decision = remove decision { $n } of meeting { $id }
remove-decision-removed = Removed decision { $n } of meeting { $id } ({ $path })
remove-meeting-held = meeting { $id } has taken place (its day is past, or it has minutes, attendance or decisions)
remove-meeting-held-hint = a meeting that took place is removed with `koop meeting remove { $id }`
remove-op-cancel = cancel meeting { $id }
remove-meeting-cancelled = Cancelled meeting { $id } ({ $path } removed)
remove-no-meeting = no meeting `{ $id }`
remove-op-reschedule = reschedule meeting { $id } to { $date }
remove-meeting-moved = Moved meeting { $id } to { $date } ({ $path })

# commands/casefind.rs: koop case find
# $member: m1, m2…; $goal: 1, 2…; $task: 1.2; $month: YYYY-MM; $date: YYYY-MM-DD
find-member-name = member { $member }: name
find-member-residence = member { $member }: place of residence
find-member-phone = member { $member }: phone
find-expectations = referral: expectations
find-consent-scope = consent of { $member }: scope
find-qualification-reason = qualification: reason
find-outcome-reason = end: reason
find-closure-handover = closure: handover
find-diagnosis-material = diagnosis: material situation
find-diagnosis-housing = diagnosis: housing
find-diagnosis-professional = diagnosis: work
find-diagnosis-health = diagnosis: health
find-diagnosis-care = diagnosis: care and upbringing
find-diagnosis-relations = diagnosis: relations in the family
find-diagnosis-problems = diagnosis: problems
find-diagnosis-needs = diagnosis: needs
find-main-goal = plan: main goal
find-goal = goal { $goal }
find-task = task { $task }
find-progress = monitoring { $month }, task { $task }
find-evaluation-comment = evaluation { $date }: comment
find-evaluation-reasons = evaluation { $date }, goal { $goal }: reasons
find-revealed = { $label } "{ $value }"
find-col-matched = found in
find-none = nothing found: no case holds `{ $text }`
find-reveal-note = --reveal shows the values found
find-nothing-to-find = nothing to look for in `{ $text }`
find-locked = cannot search: the personal data of { $n ->
    [one] case { $cases } cannot be decrypted
   *[other] { $n } cases ({ $cases }) cannot be decrypted
}, and a search without it would miss what it holds: { $reason }
find-locked-hint = set KOOP_IDENTITY to your identity file; without one, `koop keys generate` makes one and a colleague who can read the cases adds you with `koop keys add` (docs/privacy.md)
find-locked-damaged-hint = restore the damaged file from git (`koop check` names it; `git log -- <file>`, `git checkout <commit> -- <file>`)

## help: placeholders of values (valname-NAME)

valname-address = ADDRESS
valname-age = AGE
valname-agenda = AGENDA
valname-at = AT
valname-author = AUTHOR
valname-birth_year = BIRTH_YEAR
valname-by = BY
valname-care = CARE
valname-case = CASE
valname-code = CODE
valname-comment = COMMENT
valname-contact = CONTACT
valname-coordinator = COORDINATOR
valname-days = DAYS
valname-decision = DECISION
valname-delegates = DELEGATES
valname-description = DESCRIPTION
valname-dir = DIR
valname-director = DIRECTOR
valname-end = END
valname-expectations = EXPECTATIONS
valname-file = FILE
valname-form = FORM
valname-frequency_months = FREQUENCY_MONTHS
valname-function = FUNCTION
valname-goal = GOAL
valname-goals = GOALS
valname-handover = HANDOVER
valname-health = HEALTH
valname-housing = HOUSING
valname-institution = INSTITUTION
valname-institutions = INSTITUTIONS
valname-key = KEY
valname-kind = KIND
valname-language = LANGUAGE
valname-level = LEVEL
valname-locality = LOCALITY
valname-locative = LOCATIVE
valname-main = MAIN
valname-main_goal = MAIN_GOAL
valname-material = MATERIAL
valname-meeting = MEETING
valname-meeting_place = MEETING_PLACE
valname-member = MEMBER
valname-message = MESSAGE
valname-minutes_by = MINUTES_BY
valname-name = NAME
valname-needs = NEEDS
valname-note = NOTE
valname-organisation_months = ORGANISATION_MONTHS
valname-outcome = OUTCOME
valname-owner = OWNER
valname-own_attempt = OWN_ATTEMPT
valname-path = PATH
valname-people = PEOPLE
valname-period = PERIOD
valname-person = PERSON
valname-phone = PHONE
valname-place = PLACE
valname-position = POSITION
valname-post = POST
valname-problems = PROBLEMS
valname-professional = PROFESSIONAL
valname-provider = PROVIDER
valname-reason = REASON
valname-record = RECORD
valname-referred_by = REFERRED_BY
valname-referrer = REFERRER
valname-relation = RELATION
valname-relations = RELATIONS
valname-representative = REPRESENTATIVE
valname-residence = RESIDENCE
valname-resources_assessed = RESOURCES_ASSESSED
valname-responsible = RESPONSIBLE
valname-role = ROLE
valname-roles = ROLES
valname-scope = SCOPE
valname-service = SERVICE
valname-shell = SHELL
valname-step = STEP
valname-summary_months = SUMMARY_MONTHS
valname-target_group = TARGET_GROUP
valname-task = TASK
valname-team = TEAM
valname-text = TEXT
valname-variant = VARIANT
valname-what = WHAT
valname-when = WHEN
valname-wojewodztwo = WOJEWODZTWO
valname-work_months = WORK_MONTHS

## report missing

report-column-phone = phone
report-column-email = e-mail
report-reminder-none = Every report for { $month } is in: no reminder to send.
report-reminder-to = To: { $name } ({ $id })
report-reminder-contact = Contact: { $contacts }
report-reminder-body = { $n ->
    [one] Good morning, we are still waiting for the information on the progress of this task for { $month } (monitoring of the work with the family, zał. 7). Please send it to the coordinator of the case:
   *[other] Good morning, we are still waiting for the information on the progress of these { $n } tasks for { $month } (monitoring of the work with the family, zał. 7). Please send it to the coordinator of the case:
}
report-reminder-task = case { $case }, task { $task }: { $text } (due { $due })
report-reminder-task-person = case { $case }, task { $task }: { $text } (due { $due }; { $person })
report-reminder-end = Thank you.
cmd-report-missing = Who still owes a report for a month: tasks without their monitoring, by institution and person, with phone and e-mail; reminders to send
arg-report-missing-month = The month (YYYY-MM)
arg-report-missing-gmina = In a powiat's repository: only the cases of this gmina
arg-report-missing-format = Output format: a table, JSON, CSV (for a mail merge), Markdown, or one reminder per institution (text)
value-text = One reminder per institution, ready to send by e-mail
agenda-ics-name = koop: { $unit }
value-ics = iCalendar (RFC 5545), to import into a calendar program
case-list-no-person = no person with ID `{ $id }`
case-list-no-institution = no institution with ID `{ $id }`
case-list-no-team = no team with ID `{ $id }`
arg-case-list-kind = Only cases of this kind
arg-case-list-coordinator = Only cases this person coordinates (person ID)
arg-case-list-institution = Only cases this institution takes part in: it referred them, works on them or is responsible for a task (institution ID)
arg-case-list-team = Only cases this team qualified (team ID)
arg-case-list-referred_from = Only cases referred on this day or later
arg-case-list-referred_to = Only cases referred on this day or earlier
arg-case-list-attention = Only active cases that need attention: a task past its deadline, last month's monitoring not all in, or the evaluation due
monthly-no-institution = there is no institution `{ $id }`
monthly-at = { $file }, line { $line }, column { $column }: { $message }
monthly-date-future = the date { $date } is in the future
monthly-refused = { $n ->
    [one] { $n } line of { $file } is wrong; nothing was written
   *[other] { $n } lines of { $file } are wrong; nothing was written
}
monthly-refused-hint = correct the lines named above and try again (or, for a form, use --partial to write the good rows)
monthly-op = monitoring for { $month }: { $cases }
monthly-written = { $n ->
    [one] Recorded { $n } entry for { $month }
   *[other] Recorded { $n } entries for { $month }
} ({ $cases ->
    [one] { $cases } case
   *[other] { $cases } cases
})
monthly-skipped = { $n ->
    [one] { $n } line was already recorded and was skipped
   *[other] { $n } lines were already recorded and were skipped
}
monthly-partly = { $n ->
    [one] { $n } row of { $file } was not written (see above)
   *[other] { $n } rows of { $file } were not written (see above)
}
monthly-nothing-open = no task is open in { $month } in a case in progress; there is nothing to report
monthly-sheet-name = monitoring sheet { $month }
monthly-not-utf8 = the text is not UTF-8
monthly-not-utf8-hint = save the file as "CSV UTF-8" (in a spreadsheet program: Save as → CSV UTF-8)
monthly-nothing-filled = no progress was filled in; nothing was written
monthly-sheet-not-saved = nothing was saved
monthly-abandoned = the month's monitoring was abandoned; nothing was saved
monthly-sheet-head = Monitoring for { $month } (zał. 7), information dated { $date }.
    Write the progress after the colon of a task's line, then save and close the editor.
    Every filled line becomes an entry; lines left empty are skipped; lines starting with # are notes.
    To report as someone else, replace the ID before the colon (an institution, a person or a member such as m1).
monthly-sheet-case = case { $case }
monthly-sheet-due = , due { $date }
monthly-sheet-reported = already reported by { $who } on { $date }: { $progress }
monthly-line-syntax = a line to fill reads `CASE TASK WHO: progress`
monthly-col-month = month
monthly-col-by = by
monthly-col-case = case
monthly-col-task = task
monthly-col-text = task text
monthly-col-due = due
monthly-col-reported = already reported
monthly-col-progress = progress
monthly-col-date = date
monthly-col-task_id = task ID
monthly-csv-write = could not write the CSV form
monthly-xlsx-write = could not write the XLSX form
monthly-sheet-written = Wrote the form with { $n ->
    [one] { $n } task
   *[other] { $n } tasks
} to { $path }
monthly-xlsx-terminal = an XLSX form cannot be shown on the terminal
monthly-xlsx-terminal-hint = write it to a file: koop monitor sheet { $month } --by { $by } -o form-{ $month }.xlsx
monthly-xlsx-title = Monitoring { $month }: { $by }
monthly-csv-broken = the CSV file is broken here
monthly-xlsx-broken = { $file } cannot be read as an XLSX workbook
monthly-xlsx-broken-hint = save it again as an Excel workbook (.xlsx) or as "CSV UTF-8"
monthly-many-months = { $file } holds rows for several months ({ $months }); a form is for one month
monthly-unknown-column = koop does not know the column `{ $name }`
monthly-unknown-column-hint = the columns are: { $columns } (in English or Polish)
monthly-missing-column = { $file } has no column `{ $name }`
monthly-missing-column-hint = start from the form `koop monitor sheet` writes
monthly-bad-month = `{ $value }` is not a month (YYYY-MM)
monthly-bad-date = `{ $value }` is not a date (YYYY-MM-DD)
monthly-empty-cell = the column `{ $name }` is empty in a row with progress

# The guided start (koop case new, koop meeting new on a terminal without their arguments)
guided-case-intro = Registering a referral. Answer each question and press Enter; Ctrl-D stops without writing anything.
guided-meeting-intro = Planning a meeting. Answer each question and press Enter; Ctrl-D stops without writing anything.
guided-institutions = Institutions of the repository:
guided-institution = Referring institution (number or ID):
guided-no-institutions = the repository has no institutions yet, so none can refer a case
guided-no-institutions-hint = add the referring institution first: koop institution add --name … --kind … --level …
guided-kinds = Who the work is with:
guided-kind = Kind of case (number):
guided-referral-date = Date of the referral, YYYY-MM-DD (Enter: { $today }):
guided-members = Members of the household, one at a time (for one person: that person); an empty name ends the list.
guided-member-name = Name of member { $member } (Enter: no more members):
guided-member-relation = Relation of { $member } in the household, e.g. mother, son (Enter: not stated):
guided-member-birth-year = Year of birth of { $member } (Enter: not known):
guided-year-range = a year from 1900 to 2100, or Enter when it is not known
guided-consent = Has consent to the work been given? [{ $yes }/{ $no }]:
guided-consent-by = Who gave it (number; Enter: the first):
guided-consent-date = Date of the consent, YYYY-MM-DD (Enter: { $date }):
guided-consent-before-referral = the consent cannot come before the referral ({ $date })
guided-consent-form = Form of the consent (number; Enter: not stated):
guided-teams = Teams of the repository:
guided-team = Team (number or ID):
guided-no-teams = the repository has no teams yet, so no meeting can be planned
guided-no-teams-hint = set up the team first: koop team new --kind … --name …
guided-meeting-kinds = Kinds of meeting:
guided-meeting-kind = Kind of meeting (number; Enter: { $default }):
guided-meeting-agenda = Fill in the agenda of the initiating meeting (zał. 2)? [{ $yes }/{ $no }]:
guided-meeting-date = Day of the meeting, YYYY-MM-DD:
guided-meeting-start = Starts at, HH:MM:
guided-meeting-end = Ends at, HH:MM:
guided-meeting-place = Place:
guided-required = an answer is needed here
guided-choose-number = type a number from 1 to { $n }, or a word of the list
guided-yes = y
guided-no = n
guided-yes-words = y yes
guided-no-words = n no
guided-answer-yes-no = answer y (yes) or n (no)
guided-will-run = These commands will be run, as one change:
guided-confirm = Run them? [{ $yes }/{ $no }]:
guided-nothing-written = nothing written

## Importing CSV (`koop institution import`, `koop person import`)
import-stdin = cannot read the CSV from standard input
import-unreadable = { $file }:{ $line }: cannot read this CSV
import-unheaded = { $file }:{ $line }: column { $n } has a value but no header
import-unheaded-hint = name the column in the header row, or remove its values (or check the delimiter: a comma in a value of a comma-separated file must be quoted)
import-empty = { $file } has no header row (the file is empty)
import-not-utf8 = { $file }:{ $line }:{ $column }: the file is not UTF-8 text
import-not-utf8-hint = in Excel save it as "CSV UTF-8 (Comma delimited)" ("CSV UTF-8 (rozdzielany przecinkami)"); a file saved as plain "CSV" by a Polish Excel is read with --encoding windows-1250
import-unknown-column = { $file }: unknown column `{ $column }`
import-columns = the columns taken: { $columns } (docs/format.md, "Importing CSV")
import-repeated-column = { $file }: the columns `{ $first }` and `{ $column }` are both `{ $key }`
import-missing-columns = { $file } has no column { $columns }
import-refused = { $n ->
    [one] { $file }: { $n } row has errors; nothing was imported
   *[other] { $file }: { $n } rows have errors; nothing was imported
}
import-refused-hint = correct the rows named above and import the file again (--dry-run checks it without writing)
import-bad-word = { $column } `{ $value }` is not a value this column takes
import-words = one of: { $words }
import-bad-cell = { $column } `{ $value }`: { $reason }
import-repeated-id = the ID `{ $id }` is also on line { $line }
import-repeated-id-hint = give one of the rows another ID in the `id` column
import-institution-differs = institution `{ $id }` already exists and differs in: { $columns }
import-person-differs = person `{ $id }` already exists and differs in: { $columns }
import-differs-hint = give --update to change it to the row, or correct the row
import-person-elsewhere = person `{ $id }` already exists at institution `{ $institution }` ({ $path })
import-person-elsewhere-hint = an import does not move people: give the row another ID in the `id` column, or correct its institution
import-would = would be done: { $what }
import-unchanged = { $n ->
    [one] { $n } row matches its record already; skipped
   *[other] { $n } rows match their records already; skipped
}
import-done = Imported { $file }: { $added } added, { $updated } updated, { $unchanged } unchanged

## koop region

region-not-a-workspace = no region workspace here: no { $file } in { $path } or a folder above it
region-not-a-workspace-hint = create one with `koop region init DIR`, or give its folder with `-C DIR`
region-bad-file = { $path } cannot be read as a region workspace
region-init-exists = { $path } exists already
region-initialised = Created { $path }; add repositories with `koop region add PATH|URL`
region-add-no-folder = there is no folder { $path }
region-add-not-koop = { $path } is not a koop repository (no { $file } in it)
region-add-not-koop-hint = give the folder of a gmina's or powiat's repository, or a git URL
region-add-duplicate = the workspace has a repository named `{ $name }` already
region-add-duplicate-hint = give another with --name
region-add-listed = { $source } is listed already, as `{ $name }`
region-added = Added { $name }
region-added-remote-note = `koop region pull` clones it
region-empty = the workspace lists no repository
region-empty-hint = add one with `koop region add PATH|URL`
region-progress = { $n }/{ $total } repositories…
region-missing = there is no folder { $path }
region-missing-pull-hint = `koop region pull` clones it
region-failed = { $name }: { $error }
region-pull-cloned = cloned
region-pull-updated = up to date
region-pull-local = local folder
region-pull-failed = failed
region-error-cell = (error)
region-total = TOTAL
region-stats-period = Period { $from } – { $to }
region-column-repository = repository
region-column-source = path or remote
region-column-pull = pull
region-column-kind = kind
region-column-unit = unit
region-column-stage = stage
region-column-next-step = next step
region-column-steps-late = steps late
region-column-cases = cases
region-column-referred = referred
region-column-qualified = qualified
region-column-active = active
region-column-closed = closed
region-column-last-change = last change
region-column-errors = errors
region-column-warnings = warnings
region-column-new = new
region-column-goals-achieved = goals achieved
region-column-tasks-overdue = tasks overdue
region-column-people = people reached
region-column-meetings = meetings held
region-column-service = service
region-column-provider = provider
region-column-level = level
region-column-target-group = for whom
region-column-contact = contact
region-column-reported = reported to ROPS
region-column-resources-assessed = resources assessed
region-column-own-attempt = own attempt
region-column-actions = actions so far
region-yes = yes
region-no = no
region-not-reported = (not reported)
