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
arg-team-agreement-place = Town where it was concluded
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
cmd-meeting-reschedule = Move a meeting to another date or time (its ID follows the date)
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
arg-case-new-kind = person, family or group
arg-case-new-referred_by = Institution ID of the referring institution
arg-case-new-referrer = Person ID of the referring worker
arg-case-new-date = Date of referral (default: today)
arg-case-new-coordinator = Person ID of the coordinating social worker (an OPS employee)
arg-case-new-gmina = In a powiat's repository: the gmina the person or family lives in
arg-case-new-expectations = Summary of the expectation card (karta oczekiwań)
arg-case-new-expectations_file = Read --expectations from a file instead (`-`: standard input)
cmd-case-list = List cases
arg-case-list-status = Only cases with this status
arg-case-list-gmina = Only the cases of this gmina (in a powiat's repository, as the cases name it)
arg-case-list-format = Output format
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
value-warnings = Exit 1 when there are warnings too
value-withdrawn = The referring institution withdrew the referral
value-wojewodztwo = Voivodeship
value-working = A working meeting
value-written = In writing (signed)

## cli: clap's own words

cli-usage = Usage:
cli-examples = Examples:
cli-heading-arguments = Arguments
cli-heading-options = Options
cli-heading-global = Global options
cli-heading-commands = Commands
cli-value-command = COMMAND
cli-help-flag = Print help (more with --help)
cli-version-flag = Print the version
cli-possible-values = possible values
cli-possible-values-heading = Possible values:
cli-default = default

## cmdb: commands (git, sync, keys, doc, init, edit, check, completions, migrate, diff, undo, report, agenda, export, output), cli.rs, complete.rs, doc/, report/

# commands/mod.rs: what every command shares
commands-strict-skipped = { $n ->
    [one] { $n } record file could not be read: { $files }
   *[other] { $n } record files could not be read: { $files }
}
commands-strict-skipped-hint = run `koop check` to see what is wrong, or drop --strict to skip them
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
keys-column-name = NAME
keys-column-kind = KIND
keys-column-key = KEY
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
doc-column-document = DOCUMENT
doc-column-id = ID
doc-column-source = SOURCE
doc-column-what = WHAT
doc-templates-exist = { $dir } already has { $files }
doc-templates-exist-hint = pass --force to replace them, or export into another folder
doc-templates-exported = { $n ->
    [one] wrote { $n } template to { $dir }; a repository uses the ones in its { $folder }/ folder instead of the built-in ones
   *[other] wrote { $n } templates to { $dir }; a repository uses the ones in its { $folder }/ folder instead of the built-in ones
}
doc-template-built-in = built in
doc-template-own-replaces = { $path } (own, replaces { $template } for --format { $format })
doc-template-own = { $path } (own)
doc-column-template = TEMPLATE
doc-column-from = FROM
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
init-git-inside = It is inside an existing git work tree; `koop git setup` there sets up koop's merge drivers.
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
check-column-code = code
check-column-name = name
check-column-severity = severity
check-column-checks = checks
check-md-title = koop check: the rules
check-md-generated = Generated by `koop rules --format md > docs/rules.md`; a test fails when it is stale.
check-md-intro =
    Every finding of `koop check` has a permanent code. `koop explain CODE` prints the same
    text as below. Select rules with `koop check --rule CODE`, silence them with
    `--allow CODE` or `[check] allow = ["CODE"]` in koop.toml, and make warnings fail with
    `--deny warnings`.
check-md-rule = **{ $name }** — { $summary }.
check-md-rule-read = **{ $name }** — { $summary } (found while reading the files).
check-md-severity = - Severity: { $severity }
check-md-source = - Source: { $source }
check-explain-head = { $code } { $name }: { $summary }
check-explain-head-read = { $code } { $name }: { $summary } (found while reading the files)
check-explain-severity = severity: { $severity }
check-explain-source = source: { $source }
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
report-column-days-overdue = days_overdue
report-column-institution = institution
report-column-active-cases = active_cases
report-column-open-tasks = open_tasks
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
