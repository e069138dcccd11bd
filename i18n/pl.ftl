# Komunikaty koop po polsku. Każdy klucz ma bliźniaka w en.ftl (test sprawdza, że oba
# katalogi mają te same klucze i argumenty, a kod nie używa klucza, którego w nich brak).
# Sekcje idą za kodem: ui, diag, cli, potem po jednej na polecenie i moduł.

## ui: słowa wokół każdego komunikatu

ui-error = błąd
ui-warning = ostrzeżenie
ui-help = wskazówka
ui-caused-by = przyczyna
ui-pager-failed = nie udało się uruchomić programu do przewijania; sprawdź KOOP_PAGER lub PAGER (dalej zwykły wydruk)

## liczebniki

count-errors = { $n ->
    [one] { $n } błąd
    [few] { $n } błędy
   *[many] { $n } błędów
}
count-warnings = { $n ->
    [one] { $n } ostrzeżenie
    [few] { $n } ostrzeżenia
   *[many] { $n } ostrzeżeń
}

## cli: słowa samego clap

cli-usage = Użycie:
cli-examples = Przykłady:
cli-heading-arguments = Argumenty
cli-heading-options = Opcje
cli-heading-global = Opcje ogólne
cli-heading-commands = Polecenia
cli-value-command = POLECENIE
cli-help-flag = Pokaż pomoc (więcej: --help)
cli-version-flag = Pokaż wersję
cli-possible-values = możliwe wartości
cli-possible-values-heading = Możliwe wartości:
cli-default = domyślnie

## cmda: polecenia case, meeting, model, team, plan, monitor, institution, person, service i remove

caseutil-case-unreadable = nie udało się odczytać sprawy `{ $case }`
caseutil-case-unreadable-hint = `koop check` pokaże, co jest nie tak z jej plikami
caseutil-no-case = nie ma sprawy o numerze `{ $id }`
caseutil-number-clash = numer sprawy `{ $case }` jest używany przez { $n ->
        [one] { $n } folder
        [few] { $n } foldery
       *[many] { $n } folderów
    }: { $folders }
caseutil-number-clash-renumber = podaj zamiast numeru nazwę folderu; `koop case renumber cases/{ $folder }` rozstrzygnie konflikt (sprawa dostanie numer { $number })
caseutil-number-clash-hint = podaj zamiast numeru nazwę folderu
caseutil-wrong-status = nie można { $action }: sprawa { $case } ma status { $status }, a to wymaga statusu { $wanted }
caseutil-locked-restore = przywróć go z historii gita (`git log -- { $path }`, `git checkout <commit> -- { $path }`)
caseutil-locked-identity = ustaw w KOOP_IDENTITY ścieżkę do swojego pliku tożsamości (docs/privacy.md)
caseutil-locked = to wymaga pliku { $path }, którego nie można odszyfrować: { $reason }
caseutil-no-party = nie ma członka rodziny, osoby ani instytucji o identyfikatorze `{ $id }`
caseutil-ambiguous-party = `{ $id }` jest niejednoznaczne: to identyfikator więcej niż jednego z nich: członka rodziny, osoby, instytucji
caseutil-ambiguous-party-hint = wskaż członka rodziny identyfikatorem, który podaje `koop case show --format json`
caseutil-no-member = w sprawie { $case } nie ma członka rodziny { $given }
caseutil-no-members-yet = w tej sprawie nie ma jeszcze członków rodziny
caseutil-members-are = członkowie rodziny w tej sprawie: { $numbers }
caseutil-no-task = w sprawie { $case } nie ma zadania { $given }
caseutil-no-tasks-yet = w tej sprawie nie ma jeszcze zadań
caseutil-tasks-are = zadania w tej sprawie: { $numbers }
caseutil-no-goal = w sprawie { $case } nie ma celu { $given }
caseutil-no-goals-yet = w tej sprawie nie ma jeszcze celów
caseutil-goals-are = cele w tej sprawie: { $numbers }
caseutil-did-you-mean = czy chodziło o `{ $id }`?
caseutil-listed-by = listę pokazuje `{ $command }`
case-expected-outcome = podaj jedno z: { $words }
case-referrer-elsewhere = --referrer `{ $person }` pracuje w `{ $works_at }`, a nie w instytucji zgłaszającej `{ $institution }`
case-op-register = rejestracja sprawy { $case }
case-registered = Zarejestrowano sprawę { $case } ({ $path })
case-col-case = sprawa
case-col-kind = rodzaj
case-col-status = status
case-col-referred = zgłoszona
case-col-by = zgłaszający
case-col-coordinator = koordynator
case-col-team = zespół
case-col-open-tasks = otwarte zadania
case-col-gmina = gmina
case-field-case = sprawa
case-field-folder = folder
case-field-kind = rodzaj
case-field-status = status
case-field-coordinator = koordynator
case-field-referred = zgłoszona
case-referred-value = { $date } przez { $institution }
case-field-expectations = oczekiwania
case-field-consent = zgoda
case-consent-value = { $date }, udzielił(a): { $member }
case-consent-value-for-others = { $consent } (także w imieniu: { $members })
case-consent-value-withdrawn = { $consent }, wycofana { $date }
case-field-qualified = zakwalifikowana
case-qualified-value = { $date } przez zespół { $team }
case-field-plan-adopted = plan przyjęty
case-field-closed = zakończona
case-closed-value = { $date }: { $handover }
case-closed-value-follow-up = { $date }: { $handover } (dalsza obserwacja sytuacji do { $until })
case-field-ended = zakończenie
case-ended-value = { $date }, status { $status }: { $reason }
case-members-locked = Członkowie rodziny: dane są zaszyfrowane, a Twoja tożsamość nie pozwala ich odszyfrować
case-members = Członkowie rodziny:
case-members-hidden = Członkowie rodziny (nazwiska ukryte; pokaże je --reveal):
case-age = { $n ->
        [one] { $n } rok
        [few] { $n } lata
       *[many] { $n } lat
    }
case-col-member = członek
case-col-relation = pokrewieństwo
case-col-born = rok ur. / wiek
case-col-name = imię i nazwisko
case-col-residence = miejsce zamieszkania
case-col-phone = telefon
case-main-goal = Cel główny: { $goal }
case-main-goal-not-set = Cel główny: (nie ustalono)
case-tasks = Zadania:
case-col-task = zadanie
case-col-goal = cel
case-col-text = treść
case-col-responsible = odpowiedzialny
case-col-due = termin
case-col-done = wykonane
case-monitoring = Monitoring:
case-col-month = miesiąc
case-col-reported-by = kto
case-col-progress = postęp
case-evaluations = Oceny:
case-end-of-work = zakończenie pracy
case-col-date = data
case-col-main-goal = cel główny
case-col-next = następna
case-meetings = Spotkania zwołane w sprawie:
case-col-meeting = spotkanie
case-col-when = kiedy
case-op-member-add = dodanie członka rodziny do sprawy { $case }
case-member-added = Dodano członka rodziny { $member } do sprawy { $case } ({ $path })
case-no-consent-to-withdraw = w sprawie { $case } nie ma obowiązującej zgody od { $member }, którą można by wycofać
case-consent-withdrawn-already = zgoda została już wycofana { $date }
case-consent-none-given = { $member } nie udzielił(a) zgody; `koop case show { $case }` pokazuje, kto jej udzielił
case-op-consent-withdraw = wycofanie zgody { $member } w sprawie { $case }
case-consent-withdrawn = Zapisano wycofanie zgody przez { $member } dnia { $date } ({ $path })
case-consented-already = zgoda od { $member } w sprawie { $case } jest już zapisana ({ $date })
case-consented-already-hint = aby ją poprawić, zmień [[consent]] w { $path }
case-op-consent = zapisanie zgody od { $member } w sprawie { $case }
case-consent-recorded = Zapisano zgodę od { $member } w sprawie { $case } ({ $path })
case-op-qualify = kwalifikacja sprawy { $case }
case-qualified = Sprawa { $case } zakwalifikowana przez zespół { $team } ({ $path })
case-op-diagnosis = zapisanie diagnozy w sprawie { $case }
case-diagnosis-recorded = Zapisano diagnozę w sprawie { $case } ({ $path })
case-no-plan-yet = sprawa { $case } nie ma jeszcze planu z zadaniem
case-no-plan-yet-hint = najpierw dodaj cele i zadania: `koop goal add`, `koop task add`
case-op-activate = przyjęcie planu w sprawie { $case }
case-activated = Sprawa { $case } jest w realizacji: plan przyjęty { $date }
case-op-close = zakończenie sprawy { $case }
case-closed = Zakończono sprawę { $case } ({ $path })
case-op-end = zakończenie sprawy { $case } ze statusem { $status }
case-ended = Sprawa { $case } zakończona { $date } ze statusem { $status } ({ $path })
case-renumber-nothing = Każda sprawa ma inny numer; nie ma czego zmieniać
case-renumber-keeper = sprawa { $case } w cases/{ $folder } zachowuje swój numer: { $why }
case-renumber-keeper-hint = zmień numer drugiej: `koop case renumber cases/{ $folder }` (dostanie numer { $number }); --force zmieni zamiast tego numer tej sprawy
case-renumber-no-clash = żadna inna sprawa nie ma numeru { $case }; nie ma konfliktu do rozstrzygnięcia
case-renumber-no-clash-hint = --force i tak nada jej następny wolny numer
case-renumber-exists = { $folder } już istnieje
case-op-renumber-item = { $old } na { $new }
case-op-renumber = zmiana numeru sprawy { $changes }
case-renumbered = Zmieniono numer sprawy { $old } (cases/{ $old_folder }) na { $new } (cases/{ $new_folder })
meeting-ambiguous = `{ $id }` pasuje do { $n ->
        [one] { $n } spotkania
       *[other] { $n } spotkań
    }: { $meetings }
meeting-ambiguous-hint = podaj pełny identyfikator, tak jak pokazuje go `koop meeting list`
meeting-no-meeting = nie ma spotkania o identyfikatorze `{ $id }`
meeting-end-before-start = --end { $end } nie jest późniejsze niż --start { $start }
meeting-no-team = nie ma zespołu o identyfikatorze `{ $id }`
meeting-case-ended = sprawa { $case } jest zakończona ze statusem { $status }; nie zwołuje się dla niej zespołu
meeting-case-ended-hint = jeśli praca trwa dalej, najpierw uruchom `koop case reopen { $case }`
meeting-op-plan = zaplanowanie spotkania { $id }
meeting-planned = Zaplanowano spotkanie { $id } ({ $path })
meeting-yes = tak
meeting-col-id = identyfikator
meeting-col-team = zespół
meeting-col-kind = rodzaj
meeting-col-when = kiedy
meeting-col-place = miejsce
meeting-col-present = obecni
meeting-col-minutes = protokół
meeting-col-approved-at = przyjęty na
meeting-field-id = identyfikator
meeting-field-team = zespół
meeting-field-kind = rodzaj
meeting-field-when = kiedy
meeting-field-place = miejsce
meeting-field-goal = cel
meeting-field-cases = sprawy
meeting-field-minutes-by = protokołuje
meeting-field-approved-at = protokół przyjęty na
meeting-field-file = plik
meeting-agenda = Porządek spotkania:
meeting-invited-heading = Zaproszeni:
meeting-col-institution = instytucja
meeting-col-person = osoba
meeting-col-sent = wysłano
meeting-col-confirm-by = potwierdzić do
meeting-present-heading = Obecni:
meeting-col-name = imię i nazwisko
meeting-col-contact = kontakt
meeting-minutes-heading = Protokół:
meeting-rsvp-after = --rsvp-by { $rsvp } wypada po spotkaniu ({ $date })
meeting-person-one-institution = --person wskazuje przedstawiciela jednej instytucji: zaproś z nim tylko jedną instytucję
meeting-person-one-institution-hint = uruchom `koop meeting invite` osobno dla każdej instytucji, która wysyła imiennie wskazaną osobę
meeting-person-elsewhere = `{ $person }` nie pracuje w `{ $institution }`
meeting-person-elsewhere-hint = wskaż osobę z zapraszanej instytucji (`koop person list --institution …`)
meeting-sent-after = --sent { $sent } wypada po spotkaniu ({ $date })
meeting-all-invited = wszystkie podane instytucje są już zaproszone; nie ma czego zmieniać
meeting-op-invite = zaproszenie na spotkanie { $id }
meeting-invited = Zaproszono { $institutions } na spotkanie { $id } ({ $path })
meeting-all-present = wszystkie podane osoby są już na liście obecności
meeting-op-attend = zapisanie obecności na spotkaniu { $id }
meeting-attended = Zapisano obecność na spotkaniu { $id }: { $people } ({ $path })
meeting-minutes-early = spotkanie { $id } odbędzie się { $date }; protokół sporządza się na spotkaniu
meeting-minutes-early-hint = teraz wskaż przez `--by`, kto będzie protokołować, a protokół zapisz po spotkaniu
meeting-has-minutes = spotkanie { $id } ma już protokół
meeting-has-approved-minutes = spotkanie { $id } ma już protokół (przyjęty na spotkaniu { $at })
meeting-has-minutes-hint = dodaj --replace, aby go zastąpić
meeting-minutes-by-named = spotkanie { $id } ma już wskazaną osobę protokołującą: `{ $person }`
meeting-minutes-by-named-hint = dodaj --replace, aby wskazać kogoś innego
meeting-op-minutes-by = zapisanie protokołu spotkania { $id }, sporządził(a): { $person }
meeting-minutes-stored-by = Zapisano protokół spotkania { $id }, sporządził(a): { $person } ({ $path })
meeting-op-minutes = zapisanie protokołu spotkania { $id }
meeting-minutes-stored = Zapisano protokół spotkania { $id } ({ $path })
meeting-op-minutes-writer = { $person } protokołuje spotkanie { $id }
meeting-minutes-writer = Wskazano { $person } do sporządzenia protokołu spotkania { $id } ({ $path })
meeting-minutes-not-utf8 = { $path }:{ $line }:{ $column }: to nie jest poprawny tekst UTF-8
meeting-minutes-not-utf8-hint = zapisz protokół jako tekst w kodowaniu UTF-8
meeting-minutes-empty = plik { $path } jest pusty
meeting-no-minutes = spotkanie { $id } nie ma protokołu do przyjęcia
meeting-no-minutes-hint = najpierw zapisz protokół: `koop meeting minutes <ID> --file …`
meeting-approve-other-team = { $at } to spotkanie zespołu `{ $team }`, a nie `{ $own }`; protokół przyjmuje się na następnym spotkaniu tego samego zespołu
meeting-approve-earlier = protokół przyjmuje się na późniejszym spotkaniu; { $at } nie odbywa się po { $id }
meeting-op-approve = przyjęcie protokołu spotkania { $id }
meeting-approved = Protokół spotkania { $id } przyjęty na spotkaniu { $at } ({ $path })
meeting-no-owner = nie ma osoby ani instytucji o identyfikatorze `{ $id }`
meeting-due-before = --due { $due } wypada przed spotkaniem ({ $date })
meeting-op-decide = zapisanie ustalenia spotkania { $id }
meeting-decided = Zapisano ustalenie nr { $n } spotkania { $id } ({ $path })
model-not-started = w tym repozytorium nie rozpoczęto jeszcze wdrażania modelu
model-not-started-hint = rozpocznij je: `koop model start --date YYYY-MM-DD`
model-cycle-too-long = cykl dłuższy niż 36 miesięcy nie jest cyklem tego modelu
model-cycle-too-long-hint = Założenia organizacyjne Modelu Kooperacji, pkt 14, przewidują 18 miesięcy: około 3 + do 13 + około 2
model-start-before-last = cykl { $cycle } rozpoczął się { $date }; nowy cykl zaczyna się po nim
model-cycle-ended = w cyklu { $cycle } zdecydowano o zakończeniu współpracy (krok { $step }, { $date }): nie ma kontynuacji
model-cycle-ended-hint = jeśli jednak zdecydowano o kontynuacji, popraw to w { $path } (`decision = "continue"`)
model-cycle-undecided = cykl { $cycle } trwa do { $date }, a decyzja o kontynuacji nie jest zapisana
model-cycle-undecided-hint = najpierw ją zapisz: `koop model step done { $step } --decision continue`
model-continuation-early = kontynuacja zaczęłaby się przed decyzją o kontynuacji w cyklu { $cycle } ({ $date })
model-continuation-early-hint = kontynuacja zaczyna się w dniu decyzji lub później; popraw --date
model-already-ran = w tym repozytorium model był już wdrażany; nowy cykl jest kontynuacją
model-already-ran-hint = dodaj --continuation (Założenia organizacyjne Modelu Kooperacji: "kolejne wdrażanie Modelu Kooperacji")
model-op-start = rozpoczęcie cyklu modelu
model-started = Rozpoczęto cykl { $cycle } ({ $kind }) { $date }; kończy się { $end } ({ $path })
model-step-future = --date { $date } to data z przyszłości; zapisz krok, gdy zostanie wykonany
model-step-done-already = krok { $step } jest już zapisany jako wykonany { $date }
model-step-done-already-hint = aby to zmienić, popraw [steps."{ $step }"] w { $path }
model-step-before-cycle = --date { $date } wypada przed początkiem cyklu { $cycle } ({ $start })
model-step-before-cycle-hint = krok tego cyklu wykonuje się w jego trakcie; popraw datę albo `start` cyklu
model-decision-needed = krok { $step } to decyzja o kontynuowaniu pracy Modelem Kooperacji albo o zakończeniu współpracy: wskaż, która
model-decision-needed-hint = dodaj --decision continue albo --decision end (krok { $step }: "{ $title }")
model-decision-misplaced = --decision dotyczy kroku { $decision }, czyli decyzji o kontynuacji; krok { $step } jej nie przyjmuje
model-report-options-misplaced = --resources-assessed, --own-attempt i --actions opisują sprawozdanie dla ROPS, krok { $report } pierwszego cyklu; krok { $step } ich nie przyjmuje
model-step-omitted = krok { $step } jest zapisany w cyklu { $cycle } jako nieprzyjęty
model-step-omitted-hint = jeśli jednak go przyjęto, usuń go z [omitted] w { $path }
model-op-step-done = wykonanie kroku { $step }
model-step-done-continue = Krok { $step } wykonany { $date }: decyzja o kontynuowaniu pracy Modelem Kooperacji ({ $path })
model-step-done-end = Krok { $step } wykonany { $date }: decyzja o zakończeniu współpracy ({ $path })
model-step-done = Krok { $step } wykonany { $date } ({ $path })
model-step-shown-already = z wpisów wynikało już, że krok { $step } wykonano { $date } ({ $evidence }); zostaje data, którą podano
model-omit-done = krok { $step } wykonano { $date }; wykonanego kroku nie można pominąć
model-omit-done-hint = jeśli zapisano go przez pomyłkę, najpierw uruchom `koop model step undo { $step }`
model-omit-decision = krok { $step } to decyzja o kontynuacji albo zakończeniu: obowiązuje w każdym cyklu
model-omit-shown = krok { $step } wykonano { $date }, jak wynika z wpisów ({ $evidence }); wykonanego kroku nie można pominąć
model-omit-regional = krok { $step } należy do ROPS (etap I); o jego przyjęciu lub pominięciu nie decyduje to repozytorium
model-omit-already = krok { $step } jest już zapisany w cyklu { $cycle } jako nieprzyjęty
model-op-omit = nieprzyjęcie kroku { $step }
model-omitted = Zapisano krok { $step } jako nieprzyjęty w cyklu { $cycle } ({ $path })
model-no-step = nie ma kroku `{ $id }`
model-state-due-on = termin { $date }
model-state-done = wykonany
model-state-done-late = wykonany po terminie
model-state-due = do wykonania
model-state-late = po terminie
model-state-optional = nieobowiązkowy
model-state-not-adopted = nieprzyjęty
model-state-rops = ROPS
model-status-cycle = Cykl { $cycle } ({ $kind }), rozpoczęty { $start }: organizacja do { $organisation }, realizacja do { $work }, podsumowanie do { $summary }
model-status-decision = decyzja: { $decision }
model-status-col-stage = etap
model-status-col-step = krok
model-status-col-state = stan
model-status-col-date = data / termin
model-status-col-how = podstawa
model-status-ended = Współpraca zakończyła się decyzją z { $date } (krok { $step }): nie ma kolejnych kroków.
model-status-current-stage = Bieżący etap: { $number } { $name } ({ $owners })
model-status-all-done = Wszystkie obowiązkowe kroki są wykonane.
model-status-next = Dalej: { $step } { $title } ({ $state } { $date })
team-no-team = nie ma zespołu o identyfikatorze `{ $id }`
team-op-create = utworzenie zespołu { $team }
team-created = Utworzono zespół { $team } ({ $path })
team-col-id = identyfikator
team-col-kind = rodzaj
team-col-name = nazwa
team-col-coordinator = koordynator
team-col-members = członkowie
team-col-agreement-signed = porozumienie zawarte
team-unknown-id = { $id } (nieznany)
team-field-id = identyfikator
team-field-kind = rodzaj
team-field-name = nazwa
team-field-coordinator = koordynator
team-field-file = plik
team-agreement-ggk = Porozumienie: to samo co PZK (GGK tworzą instytucje, które je podpisały, zał. 5 §3)
team-agreement-none = Porozumienie: nie zapisano (zapisuje je `koop team agreement`)
team-agreement = Porozumienie:
team-field-signed = zawarte
team-field-place = miejsce
team-field-meeting-place = miejsce spotkań
team-field-frequency = spotkania nie rzadziej niż
team-frequency = { $n ->
        [one] co miesiąc
        [few] co { $n } miesiące
       *[many] co { $n } miesięcy
    }
team-field-valid-until = ważne do
team-col-signatory = strona porozumienia
team-col-representative = przedstawiciel
team-col-joined = przystąpienie
team-members = Członkowie:
team-yes = tak
team-col-institution = instytucja
team-col-core = stały członek
team-col-delegates = delegowani
team-delegate-elsewhere = `{ $person }` pracuje w `{ $works_at }`, a nie w `{ $institution }`; instytucja deleguje własnych pracowników
team-delegate-elsewhere-hint = dodaj zamiast tego `{ $person }` jako delegata `{ $works_at }`
team-member-unchanged = instytucja `{ $institution }` jest już członkiem zespołu `{ $team }` z tymi delegatami; nie ma czego zmieniać
team-op-member-add = dodanie { $institution } do zespołu { $team }
team-member-updated = Zaktualizowano członka { $institution } zespołu { $team } ({ $path })
team-member-added = Dodano { $institution } do zespołu { $team } ({ $path })
team-ggk-agreement = `{ $team }` to GGK, a GGK nie zawiera własnego porozumienia
team-ggk-agreement-hint = zał. 5 §3: GGK tworzą instytucje, które podpisały porozumienie partnerów; zapisz porozumienie i podpisy przy PZK (`koop team agreement { $pzk }`, `koop team sign { $pzk } …`), a potem dodaj członków GGK przez `koop team member add { $team }`
team-valid-until-before-signed = --valid-until { $until } wypada przed --signed { $signed }
team-agreement-nothing = nie podano nic do zapisania
team-agreement-nothing-hint = podaj co najmniej jedno z: --signed, --place, --meeting-place, --frequency-months, --valid-until, --purpose
team-agreement-ends-early = porozumienie wygasłoby ({ $until }) przed jego zawarciem ({ $signed })
team-signed-after-joined = --signed { $signed } wypada po przystąpieniu jednej ze stron ({ $joined })
team-op-agreement = porozumienie zespołu { $team }
team-agreement-updated = Zaktualizowano porozumienie zespołu { $team } ({ $path })
team-signed-already = instytucja `{ $institution }` już podpisała porozumienie zespołu `{ $team }`
team-joined-before-signed = --joined { $joined } wypada przed zawarciem porozumienia ({ $signed })
team-op-sign = podpisanie porozumienia zespołu { $team } przez { $institution }
team-signed = Zapisano { $institution } jako stronę porozumienia zespołu { $team } ({ $path })
plan-main-goal-exists = sprawa { $case } ma już cel główny
plan-main-goal-exists-hint = aby go zmienić, popraw main_goal w { $path }
plan-op-main-goal = ustalenie celu głównego w sprawie { $case }
plan-main-goal-set = Ustalono cel główny w sprawie { $case } ({ $path })
plan-op-goal-add = dodanie celu { $goal } w sprawie { $case }
plan-goal-added = Dodano cel { $goal } w sprawie { $case } ({ $path })
plan-no-goal = w sprawie { $case } nie ma celu { $goal }
plan-no-goal-hint = dodaj go przez `koop goal add`; `koop case show` pokazuje cele
plan-goal-not-found = { $path }: nie znaleziono celu { $goal }
plan-op-task-add = dodanie zadania { $task } w sprawie { $case }
plan-task-added = Dodano zadanie { $task } w sprawie { $case } ({ $path })
plan-no-task = nie ma zadania { $task }
plan-task-done-already = zadanie { $task } zostało już wykonane { $date }
plan-task-not-found = { $path }: nie znaleziono zadania { $task }
plan-op-task-done = wykonanie zadania { $task } w sprawie { $case }
plan-task-done = Zadanie { $task } w sprawie { $case } wykonane { $date }
plan-state-overdue = po terminie
plan-state-done = wykonane
plan-col-case = sprawa
plan-col-task = zadanie
plan-col-text = treść
plan-col-responsible = odpowiedzialny
plan-col-person = osoba
plan-col-due = termin
plan-col-state = stan
monitor-before-active = { $month } to miesiąc sprzed rozpoczęcia realizacji planu ({ $date })
monitor-month-ahead = w dniu { $date } miesiąc { $month } jeszcze się nie zaczął
monitor-op-add = monitoring sprawy { $case } za { $month }
monitor-added = Zapisano postęp zadania { $task } za { $month } ({ $path })
monitor-eval-next-or-end = podaj datę kolejnej oceny (--next) albo --end
monitor-eval-next-or-end-hint = część C: "data kolejnej ewaluacji/zakończenie pracy z osobą/rodziną"
monitor-eval-future = --date { $date } to data z przyszłości; zapisz ocenę, gdy się odbędzie
monitor-eval-next-early = --next { $next } musi być późniejsze niż --date { $date }
monitor-op-eval = ocena w sprawie { $case } z { $date }
monitor-eval-added = Zapisano ocenę w sprawie { $case } ({ $path })
monitor-goal-syntax = --goal `{ $spec }`: oczekiwano N=STOPIEŃ albo N=STOPIEŃ:uzasadnienie
monitor-goal-syntax-hint = STOPIEŃ to jedno z: { $words }
monitor-goal-reasons = uzasadnienie w --goal
monitor-goal-degree = --goal `{ $spec }`: `{ $word }` to nie jest stopień osiągnięcia celu
monitor-goal-degree-hint = jedno z: { $words } (albo po polsku: osiągnięty, częściowo, nieosiągnięty)
institution-exists = instytucja `{ $id }` już istnieje (institutions/{ $id }/)
institution-exists-hint = wybierz inny identyfikator przez --id albo popraw istniejący wpis
institution-op-add = dodanie instytucji { $id }
institution-added = Dodano instytucję { $id } ({ $path })
institution-bad-email = --email `{ $email }` to nie jest adres e-mail
institution-col-id = identyfikator
institution-col-name = nazwa
institution-col-kind = rodzaj
institution-col-level = szczebel
institution-col-people = osoby
institution-no-institution = nie ma instytucji o identyfikatorze `{ $id }`
institution-field-id = identyfikator
institution-field-name = nazwa
institution-field-kind = rodzaj
institution-field-level = szczebel
institution-field-address = adres
institution-field-phone = telefon
institution-field-email = e-mail
institution-field-director = dyrektor/kierownik
institution-field-file = plik
institution-people = Osoby:
institution-col-person-name = imię i nazwisko
institution-col-position = stanowisko
institution-col-roles = role
institution-teams = Zespoły:
institution-yes = tak
institution-col-core = stały członek
institution-services = Usługi:
person-op-add = dodanie osoby { $id }
person-added = Dodano osobę { $id } ({ $path })
person-no-institution = nie ma instytucji o identyfikatorze `{ $id }`
person-col-id = identyfikator
person-col-name = imię i nazwisko
person-col-institution = instytucja
person-col-position = stanowisko
person-col-roles = role
person-post-range = część etatu musi być większa od 0 i nie większa niż 1 (pełny etat)
person-post-syntax = podaj część etatu: 0.5, 0,5, 1/4 albo ¼
service-op-add = dodanie usługi { $id }
service-added = Dodano usługę { $id } ({ $path })
service-col-id = identyfikator
service-col-name = nazwa
service-col-provider = realizator
service-col-level = szczebel
service-col-target-group = adresaci
remove-unknown-kind = koop nie usuwa wpisów rodzaju `{ $kind }`
remove-op-record = usunięcie { $kind ->
        [meeting] spotkania
        [team] zespołu
        [person] osoby
        [service] usługi
       *[other] wpisu
    } { $id }
remove-record-removed = Usunięto { $kind ->
        [meeting] spotkanie
        [team] zespół
        [person] osobę
        [service] usługę
       *[other] wpis
    } { $id } ({ $path })
remove-op-institution = usunięcie instytucji { $id }
remove-institution-removed = Usunięto instytucję { $id } ({ $path })
remove-no-team = nie ma zespołu o identyfikatorze `{ $id }`
remove-no-member-institution = nie ma członka zespołu o identyfikatorze `{ $id }`
remove-op-team-member = usunięcie { $institution } z zespołu { $team }
remove-team-member-removed = Usunięto { $institution } z zespołu { $team } ({ $path })
remove-op-step-adopt = ponowne przyjęcie kroku { $step }
remove-step-adopted = Krok { $step } nie jest już zapisany jako nieprzyjęty ({ $path })
remove-step-shown = krok { $step } nie jest zapisany ręcznie: z wpisów wynika, że wykonano go { $date } ({ $evidence })
remove-step-shown-hint = stan kroku wynika z tych wpisów; zmień je, a nie przebieg modelu
remove-step-not-done = krok { $step } nie jest zapisany w cyklu { $cycle } jako wykonany
remove-step-none-done = żaden krok tego cyklu nie jest zapisany jako wykonany
remove-steps-done = kroki zapisane jako wykonane: { $steps }
remove-op-step-undo = cofnięcie kroku { $step }
remove-step-undone = Krok { $step } nie jest już zapisany jako wykonany ({ $path })
remove-no-goal = w sprawie { $case } nie ma celu { $goal }
remove-no-goal-hint = `koop case show` pokazuje cele
remove-op-goal = usunięcie celu { $goal } w sprawie { $case }
remove-goal-removed = Usunięto cel { $goal } w sprawie { $case } ({ $path })
remove-no-task = nie ma zadania o identyfikatorze `{ $id }`
remove-op-task = usunięcie zadania { $task } w sprawie { $case }
remove-task-removed = Usunięto zadanie { $task } w sprawie { $case } ({ $path })
remove-op-task-reschedule = zmiana terminu zadania { $task } w sprawie { $case } na { $date }
remove-task-rescheduled = Zadanie { $task } w sprawie { $case } ma teraz termin { $date } ({ $path })
remove-no-monitoring = w sprawie { $case } nie ma monitoringu za { $month } od `{ $by }`
remove-monitoring-nobody = za { $month } nie ma jeszcze żadnych wpisów monitoringu
remove-monitoring-reporters = wpisy za { $month } przekazali: { $reporters }
remove-monitoring-no-entry = w { $path } nie ma wpisu dotyczącego zadania { $task }
remove-monitoring-which = w { $path } { $n ->
        [one] jest { $n } wpis dotyczący
        [few] są { $n } wpisy dotyczące
       *[many] jest { $n } wpisów dotyczących
    } zadania { $task }; wskaż, który, przez --entry N
remove-monitoring-no-such-entry = --entry { $entry }: w { $path } { $n ->
        [one] jest tylko { $n } wpis dotyczący
        [few] są tylko { $n } wpisy dotyczące
       *[many] jest tylko { $n } wpisów dotyczących
    } zadania { $task }
remove-op-monitoring = usunięcie monitoringu zadania { $task } za { $month } od { $by }
remove-monitoring-removed = Usunięto 1 wpis dotyczący zadania { $task } za { $month } od { $by } ({ $path })
remove-monitoring-removed-file = Usunięto 1 wpis dotyczący zadania { $task } za { $month } od { $by } (usunięto plik { $path })
remove-no-evaluation = w sprawie { $case } nie ma oceny z { $date }
remove-no-evaluations = w tej sprawie nie ma żadnej oceny
remove-evaluations-are = oceny w tej sprawie: { $dates }
remove-op-evaluation = usunięcie oceny w sprawie { $case } z { $date }
remove-evaluation-removed = Usunięto ocenę w sprawie { $case } z { $date } ({ $path })
remove-op-member = usunięcie członka rodziny { $member } ze sprawy { $case }
remove-member-removed = Usunięto członka rodziny { $member } ze sprawy { $case }
remove-op-case = usunięcie sprawy { $case }
remove-case-removed = Usunięto sprawę { $case } ({ $folder }/)
remove-case-removed-note = `koop undo` ją przywróci; zostaje też w historii gita
remove-op-reopen = ponowne otwarcie sprawy { $case }
remove-reopened = Sprawa { $case } znów ma status { $status } ({ $path })
remove-op-unqualify = cofnięcie kwalifikacji sprawy { $case }
remove-unqualified = Sprawa { $case } jest znów tylko zgłoszona; usunięto jej kwalifikację ({ $path })
remove-no-decision = spotkanie { $id } nie ma ustalenia nr { $n }
remove-no-decision-hint = `koop meeting show { $id } --format json` pokazuje jego ustalenia; pierwsze ma numer 1
remove-op-decision = usunięcie ustalenia nr { $n } spotkania { $id }
remove-decision-removed = Usunięto ustalenie nr { $n } spotkania { $id } ({ $path })
remove-meeting-held = spotkanie { $id } już się odbyło (jego dzień minął albo ma protokół, listę obecności lub ustalenia)
remove-meeting-held-hint = spotkanie, które się odbyło, usuwa się przez `koop meeting remove { $id }`
remove-op-cancel = odwołanie spotkania { $id }
remove-meeting-cancelled = Odwołano spotkanie { $id } (usunięto { $path })
remove-no-meeting = nie ma spotkania `{ $id }`
remove-op-reschedule = przeniesienie spotkania { $id } na { $date }
remove-meeting-moved = Przeniesiono spotkanie { $id } na { $date } ({ $path })
