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
cli-usage-options = [OPCJE]
cli-examples = Przykłady:
cli-heading-arguments = Argumenty
cli-heading-options = Opcje
cli-heading-global = Opcje ogólne
cli-heading-commands = Polecenia
cli-value-command = POLECENIE
cli-help-command = Pokaż tę pomoc albo pomoc podanego polecenia
cli-help-flag = Pokaż pomoc (-h: skrócona, --help: pełna)
cli-version-flag = Pokaż wersję
cli-possible-values = możliwe wartości
cli-possible-values-heading = Możliwe wartości:
cli-default = domyślnie

## cli: błędy w wierszu polecenia

cli-commands = polecenia
cli-error-value-required = '{ $arg }' wymaga wartości, a żadnej nie podano
cli-error-invalid-value = niepoprawna wartość '{ $value }' dla '{ $arg }'
cli-error-invalid-value-why = niepoprawna wartość '{ $value }' dla '{ $arg }': { $why }
cli-error-unknown-argument = nieznany argument '{ $arg }'
cli-error-unknown-command = nieznane polecenie '{ $command }'
cli-error-missing-arguments = brak wymaganych argumentów:
cli-error-missing-command = po '{ $command }' trzeba podać polecenie
cli-error-repeated = argument '{ $arg }' można podać tylko raz
cli-error-conflict = argumentu '{ $arg }' nie można użyć razem z '{ $other }'
cli-error-no-equals = wartość dla '{ $arg }' trzeba podać po znaku równości
cli-error-too-many = zbędna wartość '{ $value }': '{ $arg }' nie przyjmuje więcej wartości
cli-error-number-of-values = '{ $arg }' wymaga { $expected } wartości, a podano { $n }
cli-error-not-utf8 = w argumentach jest tekst niezgodny z UTF-8
cli-error-other = niepoprawny wiersz polecenia ({ $why })
cli-tip-command = wskazówka: czy chodziło o '{ $similar }'?
cli-tip-argument = wskazówka: czy chodziło o '{ $similar }'?
cli-tip-value = wskazówka: czy chodziło o '{ $similar }'?
cli-error-more = Więcej informacji: --help.
## pomoc: polecenia (cmd-…), ich opcje (arg-…) i wartości (value-…)

cmd-koop = Prowadzenie spraw w Modelu Kooperacji: dane w repozytorium git, reguły modelu, raporty i przebieg wdrażania
arg-koop-chdir = koop działa tak, jakby uruchomiono go w podanym FOLDERZE
arg-koop-strict = Zakończ błędem (kod wyjścia 1), gdy któregoś pliku z danymi nie da się odczytać, zamiast go pominąć
arg-koop-dry_run = Tylko pokaż zmiany (różnice w plikach), niczego nie zapisuj; kod wyjścia 1, gdy zmiana zostałaby odrzucona, inaczej 0
arg-koop-reveal_diff = Z --dry-run: pokaż zmiany w zaszyfrowanych plikach z danymi osobowymi w postaci odszyfrowanej
arg-koop-color = Kiedy używać kolorów
arg-koop-no_pager = Wypisz długie wyniki wprost w terminalu, bez programu do przewijania (KOOP_PAGER, PAGER lub `less -FRX`)
cmd-init = Załóż repozytorium dla gminy lub powiatu
arg-init-kind = Gmina (współpracę animuje OPS) lub powiat (współpracę gmin animuje PCPR): jednostka samorządu, której dotyczy repozytorium
arg-init-name = Nazwa gminy lub powiatu, np. „Przykładowo”
arg-init-locative = Nazwa w miejscowniku, tak jak po „w” w dokumentach, np. „Przykładowie” (domyślnie: nazwa bez zmian)
arg-init-powiat = Powiat, w którym leży gmina
arg-init-wojewodztwo = Województwo
arg-init-teryt = Kod TERYT: 7 cyfr dla gminy, 4 dla powiatu
arg-init-gminy = Dla powiatu: gmina wchodząca w jego skład (można podać kilka razy; odwołują się do nich OPS-y, sprawy i usługi)
arg-init-no_git = Bez zakładania repozytorium git (`git init`)
arg-init-no_encrypt = Dane osobowe bez szyfrowania (tylko w repozytoriach szkoleniowych z wymyślonymi osobami). Bez tej opcji dane członków i diagnozy są szyfrowane twoim kluczem (docs/privacy.md)
arg-init-key_name = Twoja nazwa na liście odbiorców, plik keys/<NAZWA>.txt (domyślnie: twoja nazwa użytkownika w systemie)
arg-init-language = Język koop w tym repozytorium, wspólny dla wszystkich, którzy w nim pracują (KOOP_LANG ma pierwszeństwo); domyślnie polski, gdy twoje ustawienia regionalne są polskie, w przeciwnym razie każdy ma język ze swoich ustawień
arg-init-as_of = Data, której stan opisuje repozytorium; każde polecenie w nim przyjmuje ją za dzisiejszą (`as_of` w koop.toml): dla repozytorium szkoleniowego albo zamkniętego cyklu; KOOP_TODAY i daty podane w poleceniu mają pierwszeństwo (domyślnie brak: dziś to dziś)
arg-init-dir = Folder, w którym powstanie repozytorium (domyślnie: bieżący folder)
cmd-institution = Instytucje biorące udział we współpracy
cmd-institution-add = Dodaj instytucję
arg-institution-add-name = Pełna nazwa, np. „Gminny Ośrodek Pomocy Społecznej w Przykładowie”
arg-institution-add-kind = Rodzaj instytucji
arg-institution-add-level = Szczebel samorządu, na którym działa
arg-institution-add-id = Identyfikator (nazwa folderu); domyślnie tworzony z nazwy
arg-institution-add-address = Adres pocztowy
arg-institution-add-phone = Numer telefonu
arg-institution-add-email = Adres e-mail
arg-institution-add-director = Imię i nazwisko dyrektora lub kierownika
arg-institution-add-director_accusative = Imię i nazwisko dyrektora w bierniku, drukowane po „przez” („Krzysztofa Wróbla”), gdy koop nie potrafi go odmienić (wskaże to `koop check`, K046)
arg-institution-add-director_title = Funkcja kierującego instytucją, wpisywana w adresie zaproszenia („Kierownik”, „Wójt Gminy”); domyślnie typowa dla rodzaju instytucji (w szkole „Dyrektor”, w policji „Komendant”) albo „Dyrektor/Kierownik”
arg-institution-add-locality_locative = Miejscowość siedziby w miejscowniku, drukowana po „z siedzibą w” („Dąbrówce”), gdy koop nie potrafi jej ustalić z adresu (wskaże to `koop check`, K046)
arg-institution-add-gmina = W repozytorium powiatu: gmina, dla której działa instytucja (każdy OPS wskazuje swoją gminę)
cmd-institution-remove = Usuń instytucję (tylko gdy nie odwołują się do niej inne wpisy)
cmd-institution-import = Dodaj (z --update także zmień) instytucje z pliku CSV: wszystkie albo żadnej
    .long = Dodaj instytucje z pliku CSV: jeden wiersz na instytucję, wiersz nagłówka nazywa kolumny po polsku (`nazwa`, `rodzaj`, `poziom`, …) albo po angielsku (`name`, `kind`, `level`, … tak jak wypisuje je `koop institution list --format csv`). UTF-8 z BOM albo bez; wartości rozdzielone przecinkiem albo średnikiem, jak zapisuje arkusz kalkulacyjny. Każdy wiersz jest sprawdzany tak jak opcje `koop institution add`; plik z błędnym wierszem jest odrzucany w całości, a każdy błędny wiersz wskazany z numerem. Wiersz instytucji, która już istnieje i jest taka sama, jest pomijany; różniący się to błąd, chyba że podano --update. Wszystko zostaje zapisane jedną zmianą (jedna operacja w `koop log`, cofana przez `koop undo`); --dry-run pokazuje ją i niczego nie zapisuje. Kolumny opisuje docs/format.md, „Importing CSV”.
arg-institution-import-file = Plik CSV (`-`: standardowe wejście)
arg-institution-import-update = Zmień instytucje, które istnieją i różnią się od swojego wiersza (pozostałe pola, komentarze i układ pliku zostają)
arg-institution-import-encoding = Kodowanie pliku: UTF-8 („CSV UTF-8”) albo Windows-1250 (zwykły „CSV” z polskiego Excela)
arg-institution-remove-id = Identyfikator instytucji
arg-institution-remove-cascade = Także osoby z tej instytucji (institutions/<id>/people/)
arg-institution-remove-force = Także wtedy, gdy odwołują się do niej inne wpisy (zespoły, sprawy, usługi…)
cmd-institution-list = Lista instytucji
arg-institution-list-kind = Tylko instytucje tego rodzaju
arg-institution-list-level = Tylko instytucje z tego szczebla
arg-institution-list-format = Format wyniku
cmd-institution-show = Pokaż instytucję wraz z jej pracownikami, zespołami i usługami
arg-institution-show-id = Identyfikator instytucji
arg-institution-show-format = Format wyniku
cmd-person = Osoby pracujące w instytucjach
cmd-person-add = Dodaj osobę do instytucji
arg-person-add-institution = Instytucja, w której osoba pracuje (identyfikator)
arg-person-add-name = Imię i nazwisko
arg-person-add-id = Identyfikator (nazwa pliku, niepowtarzalna we wszystkich instytucjach); domyślnie tworzony z imienia i nazwiska
arg-person-add-position = Stanowisko służbowe
arg-person-add-phone = Numer telefonu
arg-person-add-email = Adres e-mail
arg-person-add-roles = Rola w modelu (można podać kilka razy)
arg-person-add-post = Wymiar etatu przeznaczony na pracę w modelu: 0,5, 0.5, 1/4 lub ¼
arg-person-add-gminy = Gmina, za którą odpowiada animator powiatu (można podać kilka razy)
cmd-person-remove = Usuń osobę (tylko gdy nie odwołują się do niej inne wpisy)
cmd-person-import = Dodaj (z --update także zmień) osoby z pliku CSV: wszystkie albo żadnej
    .long = Dodaj osoby z pliku CSV: jeden wiersz na osobę, wiersz nagłówka nazywa kolumny po polsku (`instytucja`, `imię i nazwisko`, `stanowisko`, `role`, …) albo po angielsku (`institution`, `name`, `position`, `roles`, … tak jak wypisuje je `koop person list --format csv`). Instytucję podaje się identyfikatorem albo pełną nazwą; kilka ról lub gmin w jednej komórce rozdziela się przecinkami. UTF-8 z BOM albo bez; wartości rozdzielone przecinkiem albo średnikiem, jak zapisuje arkusz kalkulacyjny. Każdy wiersz jest sprawdzany tak jak opcje `koop person add`; plik z błędnym wierszem jest odrzucany w całości, a każdy błędny wiersz wskazany z numerem. Wiersz osoby, która już istnieje i jest taka sama, jest pomijany; różniący się to błąd, chyba że podano --update. Wszystko zostaje zapisane jedną zmianą (jedna operacja w `koop log`, cofana przez `koop undo`); --dry-run pokazuje ją i niczego nie zapisuje. Kolumny opisuje docs/format.md, „Importing CSV”.
arg-person-import-file = Plik CSV (`-`: standardowe wejście)
arg-person-import-update = Zmień osoby, które istnieją i różnią się od swojego wiersza (pozostałe pola, komentarze i układ pliku zostają)
arg-person-import-encoding = Kodowanie pliku: UTF-8 („CSV UTF-8”) albo Windows-1250 (zwykły „CSV” z polskiego Excela)
arg-person-remove-id = Identyfikator osoby
arg-person-remove-force = Także wtedy, gdy odwołują się do niej inne wpisy (ich odwołania będą wskazywać nieistniejący wpis; wykaże je `koop check`)
cmd-person-list = Lista osób
arg-person-list-institution = Tylko osoby z tej instytucji
arg-person-list-role = Tylko osoby pełniące tę rolę
arg-person-list-format = Format wyniku
cmd-team = Zespoły (PZK, GGK), ich członkowie i porozumienia
cmd-team-new = Utwórz zespół (PZK lub GGK)
arg-team-new-kind = Rodzaj zespołu: PZK lub GGK
arg-team-new-name = Pełna nazwa, np. „Partnerski Zespół Kooperacji Gminy Przykładowo”
arg-team-new-id = Identyfikator (nazwa pliku); domyślnie tworzony z nazwy
arg-team-new-coordinator = Koordynator (identyfikator osoby)
cmd-team-remove = Usuń zespół (tylko gdy nie odwołują się do niego sprawy ani spotkania)
arg-team-remove-id = Identyfikator zespołu
arg-team-remove-force = Także wtedy, gdy odwołują się do niego inne wpisy (ich odwołania będą wskazywać nieistniejący wpis; wykaże je `koop check`)
cmd-team-list = Lista zespołów
arg-team-list-kind = Tylko zespoły tego rodzaju
arg-team-list-format = Format wyniku
cmd-team-show = Pokaż zespół: koordynatora, porozumienie, członków i delegowanych pracowników
arg-team-show-id = Identyfikator zespołu
arg-team-show-format = Format wyniku
cmd-team-member = Członkowie zespołu
cmd-team-member-add = Dodaj instytucję do zespołu (albo dopisz delegowanych pracowników instytucji, która już w nim jest)
arg-team-member-add-team = Identyfikator zespołu
arg-team-member-add-institution = Identyfikator instytucji
arg-team-member-add-core = Instytucja należy do trzonu zespołu
arg-team-member-add-delegates = Delegowany pracownik tej instytucji (identyfikator osoby; można podać kilka razy)
cmd-team-member-remove = Usuń instytucję z zespołu
arg-team-member-remove-team = Identyfikator zespołu
arg-team-member-remove-institution = Identyfikator instytucji członkowskiej
cmd-team-agreement = Wpisz dane porozumienia zespołu
arg-team-agreement-team = Identyfikator zespołu
arg-team-agreement-signed = Data zawarcia porozumienia
arg-team-agreement-place = Miejscowość, w której je zawarto, w mianowniku („Przykładowo”); dla gminy samego repozytorium koop bierze z koop.toml miejscownik, który zał. 3 drukuje po „zawarte w”
arg-team-agreement-place_locative = Miejscowość w miejscowniku, drukowana po „zawarte w” w zał. 3 („Dąbrówce”), gdy nie jest to gmina samego repozytorium (wskaże to `koop check`, K046)
arg-team-agreement-meeting_place = Miejsce spotkań zespołu
arg-team-agreement-frequency_months = Spotkania co najmniej co N miesięcy (PZK co najmniej raz na kwartał: 3 lub mniej)
arg-team-agreement-valid_until = Ostatni dzień obowiązywania porozumienia
arg-team-agreement-purpose = Własne brzmienie § 1 ust. 1 porozumienia (zał. 5) dla zespołu powołanego po zakończeniu projektu „Kooperacja – efektywna i skuteczna” (przypis formularza: „zapis będzie zmieniony”)
cmd-team-sign = Odnotuj podpisanie porozumienia zespołu przez instytucję
arg-team-sign-team = Identyfikator zespołu
arg-team-sign-institution = Instytucja – strona porozumienia (identyfikator)
arg-team-sign-representative = Kto podpisał w jej imieniu (domyślnie: jej dyrektor)
arg-team-sign-representative_accusative = Imię i nazwisko przedstawiciela w bierniku, drukowane po „przez” w zał. 3 („Krzysztofa Wróbla”), gdy koop nie potrafi go odmienić (wskaże to `koop check`, K046)
arg-team-sign-joined = Data przystąpienia, jeśli późniejsza niż data zawarcia porozumienia (zał. 5, § 4.3)
cmd-service = Lokalna lista działań i usług
cmd-service-add = Dodaj usługę do listy
arg-service-add-name = Nazwa działania lub usługi
arg-service-add-provider = Realizator (identyfikator instytucji)
arg-service-add-level = Szczebel listy: gmina, powiat lub województwo (domyślnie: szczebel realizatora)
arg-service-add-id = Identyfikator (nazwa pliku); domyślnie tworzony z nazwy
arg-service-add-description = Co oferuje
arg-service-add-description_file = Treść --description z pliku (`-`: standardowe wejście)
arg-service-add-target_group = Dla kogo
arg-service-add-contact = Jak się skontaktować
arg-service-add-gmina = W repozytorium powiatu, dla usługi gminnej: gmina, w której jest oferowana (domyślnie: gmina realizatora)
cmd-service-remove = Usuń usługę (tylko gdy nie korzystają z niej zadania)
arg-service-remove-id = Identyfikator usługi
arg-service-remove-force = Także wtedy, gdy odwołują się do niej inne wpisy (ich odwołania będą wskazywać nieistniejący wpis; wykaże je `koop check`)
cmd-service-list = Lista usług
arg-service-list-provider = Tylko usługi tego realizatora
arg-service-list-level = Tylko usługi z tego szczebla
arg-service-list-format = Format wyniku
cmd-meeting = Spotkania zespołu: planowanie, zaproszenia, obecność, protokół, zatwierdzenie
cmd-meeting-new = Zaplanuj spotkanie zespołu; wypisuje jego identyfikator
    .long = Zaplanuj spotkanie zespołu; wypisuje jego identyfikator.

        W terminalu `koop meeting new` bez wymaganych opcji pyta o nie po kolei: o zespół i rodzaj spotkania (do wyboru z ponumerowanych list), dzień, godziny i miejsce. Potem pokazuje polecenie, które robi to samo, i wykonuje je po odpowiedzi „tak”. Ctrl-D przy dowolnym pytaniu kończy bez zapisywania czegokolwiek. Bez terminala (w skrypcie) brak argumentów jest błędem.
arg-meeting-new-team = Identyfikator zespołu
arg-meeting-new-date = Dzień spotkania
arg-meeting-new-start = Godzina rozpoczęcia, HH:MM
arg-meeting-new-end = Godzina zakończenia, HH:MM
arg-meeting-new-place = Miejsce
arg-meeting-new-goal = Cel spotkania, tak jak w zaproszeniu (zał. 2: „cel spotkania”)
arg-meeting-new-kind = Rodzaj spotkania
arg-meeting-new-agenda = Gotowy program spotkania (initiating: 12 punktów spotkania inicjującego z zał. 2)
arg-meeting-new-minutes_by = Kto sporządza protokół (identyfikator osoby)
arg-meeting-new-cases = Numer sprawy, w której zwołano zespół (GGK spotyka się w sprawie konkretnej osoby lub rodziny); można podać kilka razy
arg-meeting-new-allow_duplicate = Także wtedy, gdy taki sam wpis już istnieje (K034)
cmd-meeting-list = Lista spotkań
arg-meeting-list-team = Tylko spotkania tego zespołu
arg-meeting-list-format = Format wyniku
cmd-meeting-show = Pokaż spotkanie
arg-meeting-show-id = Identyfikator spotkania
arg-meeting-show-format = Format wyniku
cmd-meeting-invite = Zaproś instytucje (zaproszenie adresowane do dyrektora) i wyznacz termin potwierdzenia udziału
arg-meeting-invite-id = Identyfikator spotkania
arg-meeting-invite-rsvp_by = Termin potwierdzenia udziału
arg-meeting-invite-institutions = Identyfikatory zapraszanych instytucji
arg-meeting-invite-person = Imiennie zapraszany przedstawiciel, jeśli to nie dyrektor (zał. 2: „ze wskazaniem w treści imiennie zapraszanego przedstawiciela”); tylko przy zapraszaniu jednej instytucji
arg-meeting-invite-sent = Data wysłania zaproszeń, drukowana na pismach (domyślnie: dzień utworzenia dokumentu)
cmd-meeting-attend = Odnotuj, kto był obecny
arg-meeting-attend-id = Identyfikator spotkania
arg-meeting-attend-people = Identyfikatory obecnych osób
cmd-meeting-minutes = Zapisz protokół z pliku tekstowego albo wskaż, kto go sporządza
arg-meeting-minutes-id = Identyfikator spotkania
arg-meeting-minutes-file = Plik tekstowy UTF-8 z protokołem
arg-meeting-minutes-by = Kto sporządza (lub sporządził) protokół (identyfikator osoby; zał. 2: „osoba odpowiedzialna za sporządzenie protokołu”); protokolanta można wskazać przed spotkaniem, bez --file
arg-meeting-minutes-replace = Zastępuje zapisany już protokół lub protokolanta
cmd-meeting-approve = Odnotuj zatwierdzenie protokołu na późniejszym spotkaniu
arg-meeting-approve-id = Spotkanie, którego protokół zatwierdzono (identyfikator)
arg-meeting-approve-at = Późniejsze spotkanie, na którym go zatwierdzono
cmd-meeting-decide = Zapisz ustalenie ze spotkania wraz z osobą odpowiedzialną i terminem wykonania
arg-meeting-decide-id = Identyfikator spotkania
arg-meeting-decide-owner = Kto odpowiada za wykonanie: identyfikator osoby lub instytucji
arg-meeting-decide-due = Termin wykonania
arg-meeting-decide-text = Co ustalono (albo --text-file)
arg-meeting-decide-text_file = Tekst z pliku (`-`: standardowe wejście)
arg-meeting-decide-allow_duplicate = Także wtedy, gdy taki sam wpis już istnieje (K034)
cmd-meeting-decision = Usuwanie ustaleń spotkania
cmd-meeting-decision-remove = Usuń ustalenie zapisane przez pomyłkę
arg-meeting-decision-remove-meeting = Identyfikator spotkania
arg-meeting-decision-remove-n = Numer ustalenia, 1 dla pierwszego w pliku (`koop meeting show SPOTKANIE --format json` wypisuje je w tej kolejności)
cmd-meeting-cancel = Odwołaj spotkanie, które się nie odbyło (jego plik zostaje usunięty)
arg-meeting-cancel-id = Identyfikator spotkania
cmd-meeting-reschedule = Przenieś spotkanie na inny dzień lub godzinę (identyfikator zmienia się razem z datą, UID w kalendarzu zostaje)
arg-meeting-reschedule-id = Identyfikator spotkania
arg-meeting-reschedule-date = Nowa data; razem z nią zmienia się identyfikator spotkania (nazwa pliku)
arg-meeting-reschedule-start = Nowa godzina rozpoczęcia
arg-meeting-reschedule-end = Nowa godzina zakończenia (bez niej spotkanie trwa tyle samo co dotąd)
arg-meeting-reschedule-allow_duplicate = Także na termin, w którym zespół ma już spotkanie (K034)
cmd-meeting-remove = Usuń wpis spotkania (tylko gdy nie odwołują się do niego inne spotkania)
arg-meeting-remove-id = Identyfikator spotkania
arg-meeting-remove-force = Także wtedy, gdy odwołują się do niego inne wpisy (ich odwołania będą wskazywać nieistniejący wpis; wykaże je `koop check`)
cmd-model = Przebieg modelu: etapy I–IV, kroki wykonane, bieżące i po terminie (harmonogram 18 miesięcy)
cmd-model-start = Rozpocznij cykl modelu (pierwszy lub kolejny)
arg-model-start-date = Dzień rozpoczęcia cyklu
arg-model-start-continuation = Kolejne wdrażanie modelu (według Założeń organizacyjnych): nowe porozumienie, nowe cele, uzupełniony skład zespołu
arg-model-start-organisation_months = Liczba miesięcy na organizację (Założenia organizacyjne, pkt 14: około 3)
arg-model-start-work_months = Liczba miesięcy pracy z osobami i rodzinami (Założenia organizacyjne, pkt 14: do 13)
arg-model-start-summary_months = Liczba miesięcy na podsumowanie (około 2)
cmd-model-step = Kroki przebiegu modelu
cmd-model-step-done = Odnotuj wykonanie kroku (przy kroku decyzji podaj --decision)
arg-model-step-done-step = Numer kroku, np. 5.2
arg-model-step-done-date = Dzień wykonania (domyślnie: dziś)
arg-model-step-done-note = Co zrobiono, w skrócie
arg-model-step-done-note_file = Treść --note z pliku (`-`: standardowe wejście)
arg-model-step-done-decision = Przy kroku decyzji (9.3 albo 7 w kolejnym wdrażaniu): kontynuacja pracy z modelem albo zakończenie współpracy
arg-model-step-done-resources_assessed = Przy kroku 2.4 (zgłoszenie do ROPS, zał. 1): „dokonano oceny obrazu zasobów gminy”
arg-model-step-done-own_attempt = Przy kroku 2.4: gmina sama próbowała zawiązać kooperację („podjęto próbę samodzielnego zawiązania kooperacji”)
arg-model-step-done-actions = Przy kroku 2.4: krótki opis działań podjętych dotąd („Krótki opis dotychczas zrealizowanych działań”), drukowany w zał. 1
cmd-model-step-omit = Odnotuj, że gmina lub powiat nie wdraża kroku (gdy wdraża tylko część modelu)
arg-model-step-omit-step = Numer kroku, np. 7.3
arg-model-step-omit-reason = Dlaczego krok nie jest wdrażany (Założenia organizacyjne: „decyzję o wdrażaniu elementu bądź całego Modelu”)
cmd-model-step-undo = Cofnij krok odnotowany przez pomyłkę jako wykonany albo przywróć krok pominięty (omit)
arg-model-step-undo-step = Numer kroku, np. 5.2
cmd-model-status = Pokaż etapy i kroki: wykonane, bieżące lub po terminie według harmonogramu, i co dalej
arg-model-status-format = Format wyniku
cmd-agenda = Najbliższe terminy: spotkania, zadania, oceny i monitoring, potwierdzenia udziału
arg-agenda-days = Na ile dni naprzód, licząc z dzisiejszym
arg-agenda-format = Format wyniku
cmd-case = Sprawy: zgłoszenie, zgoda, kwalifikacja, diagnoza, plan, zakończenie
cmd-case-new = Zarejestruj zgłoszenie; wypisuje numer nowej sprawy
    .long = Zarejestruj zgłoszenie; wypisuje numer nowej sprawy.

        W terminalu `koop case new` bez --kind lub --referred-by pyta po kolei o to, czego potrzeba: o instytucję zgłaszającą i rodzaj sprawy (do wyboru z ponumerowanych list), datę zgłoszenia, członków gospodarstwa domowego i o to, czy wyrazili zgodę. Potem pokazuje polecenia, które robią to samo (koop case new, koop case member add, koop case consent), i po odpowiedzi „tak” wykonuje je jako jedną zmianę, którą cofa jedno `koop undo`. Ctrl-D przy dowolnym pytaniu kończy bez zapisywania czegokolwiek. Bez terminala (w skrypcie) brak argumentów jest błędem.
arg-case-new-kind = Kogo dotyczy sprawa: osoby, rodziny czy grupy
arg-case-new-referred_by = Instytucja zgłaszająca (identyfikator)
arg-case-new-referrer = Pracownik zgłaszający (identyfikator osoby)
arg-case-new-date = Data zgłoszenia (domyślnie: dziś)
arg-case-new-coordinator = Pracownik socjalny OPS koordynujący sprawę (identyfikator osoby)
arg-case-new-gmina = W repozytorium powiatu: gmina, w której mieszka osoba lub rodzina
arg-case-new-expectations = Podsumowanie karty oczekiwań
arg-case-new-expectations_file = Treść --expectations z pliku (`-`: standardowe wejście)
cmd-case-list = Lista spraw
arg-case-list-status = Tylko sprawy o tym statusie (można podać kilka razy)
arg-case-list-gmina = Tylko sprawy tej gminy (w repozytorium powiatu; nazwa gminy taka jak w sprawach)
arg-case-list-format = Format wyniku
cmd-case-find = Znajdź sprawy po imionach i nazwiskach, miejscach zamieszkania i telefonach członków (odszyfrowanych), diagnozie i notatkach sprawy; wielkość liter i znaki diakrytyczne nie mają znaczenia
arg-case-find-text = Czego szukać: każde słowo musi wystąpić gdzieś w sprawie („zolkiewski” znajdzie „Żółkiewski”, „600 100 200” znajdzie „+48 600-100-200”)
arg-case-find-reveal = Pokaż znalezione wartości (także imiona, nazwiska i dane kontaktowe), nie tylko miejsca, w których są
arg-case-find-format = Format wyniku
cmd-case-show = Pokaż sprawę: przebieg, członków (bez nazwisk), plan i monitoring
arg-case-show-id = Numer sprawy lub nazwa jej folderu
arg-case-show-reveal = Z imionami i nazwiskami członków oraz ich danymi kontaktowymi
arg-case-show-format = Format wyniku
cmd-case-member = Osoby objęte sprawą (dane osobowe, w members.toml)
cmd-case-member-add = Dodaj członka rodziny, gospodarstwa domowego lub grupy
arg-case-member-add-id = Numer sprawy lub nazwa jej folderu
arg-case-member-add-name = Imię i nazwisko
arg-case-member-add-birth_year = Rok urodzenia
arg-case-member-add-age = Wiek, gdy rok urodzenia jest nieznany
arg-case-member-add-residence = Miejsce zamieszkania
arg-case-member-add-phone = Numer telefonu
arg-case-member-add-relation = Kim jest w rodzinie (matka, ojciec, syn, …)
cmd-case-member-remove = Usuń członka (tylko gdy nie wskazują go zadania, zgoda ani monitoring)
arg-case-member-remove-id = Numer sprawy
arg-case-member-remove-key = Członek: m1, m2, … według numeracji z `koop case show`
arg-case-member-remove-force = Także wtedy, gdy wskazują go zadania, zgoda lub monitoring
cmd-case-consent = Odnotuj zgodę członka (dorosłego za siebie, przedstawiciela ustawowego także za małoletnich) albo jej wycofanie
arg-case-consent-id = Numer sprawy lub nazwa jej folderu
arg-case-consent-date = Data wyrażenia zgody (z --withdraw: jej wycofania)
arg-case-consent-by = Dorosły członek, który wyraża zgodę albo ją wycofuje (`m1`, według numeracji z `koop case show`)
arg-case-consent-on_behalf_of = Małoletni, za którego zgodę wyraża przedstawiciel ustawowy (można podać kilka razy)
arg-case-consent-form = Forma zgody
arg-case-consent-scope = Zakres zgody
arg-case-consent-share = Co koop może udostępniać i komu na jej podstawie: identyfikatory lub rodzaje instytucji, potem kategorie, np. `sp1,szkoła=plan,monitoring` (można powtarzać; kategorie: dane-osobowe, diagnoza lub jeden jej dział, plan, monitoring, ewaluacje)
arg-case-consent-withdraw = Wycofanie zgody przez członka w dniu --date
cmd-case-qualify = Odnotuj zakwalifikowanie sprawy przez zespół (wymaga zgody)
arg-case-qualify-id = Numer sprawy lub nazwa jej folderu
arg-case-qualify-team = Zespół, który zakwalifikował sprawę (identyfikator)
arg-case-qualify-date = Data decyzji
arg-case-qualify-reason = Dlaczego zespół uznał pomoc za niezbędną („uznana przez Zespół … za niezbędną”)
cmd-case-diagnosis = Zapisz diagnozę (część A zał. 6), zaszyfrowaną tak jak dane członków
arg-case-diagnosis-id = Numer sprawy lub nazwa jej folderu
arg-case-diagnosis-date = Data diagnozy (domyślnie: dziś)
arg-case-diagnosis-author = Pracownik socjalny, który sporządził diagnozę (identyfikator osoby)
arg-case-diagnosis-material = Sytuacja materialna
arg-case-diagnosis-material_file = Treść --material z pliku (`-`: standardowe wejście)
arg-case-diagnosis-housing = Sytuacja mieszkaniowa
arg-case-diagnosis-housing_file = Treść --housing z pliku (`-`: standardowe wejście)
arg-case-diagnosis-professional = Sytuacja zawodowa
arg-case-diagnosis-professional_file = Treść --professional z pliku (`-`: standardowe wejście)
arg-case-diagnosis-health = Sytuacja zdrowotna
arg-case-diagnosis-health_file = Treść --health z pliku (`-`: standardowe wejście)
arg-case-diagnosis-care = Sytuacja opiekuńczo-wychowawcza
arg-case-diagnosis-care_file = Treść --care z pliku (`-`: standardowe wejście)
arg-case-diagnosis-relations = Relacje w rodzinie
arg-case-diagnosis-relations_file = Treść --relations z pliku (`-`: standardowe wejście)
arg-case-diagnosis-problems = Zidentyfikowany problem (można podać kilka razy)
arg-case-diagnosis-needs = Zidentyfikowana potrzeba (można podać kilka razy)
cmd-case-activate = Przyjmij plan: sprawa przechodzi do realizacji (wymaga planu z co najmniej jednym zadaniem)
arg-case-activate-id = Numer sprawy lub nazwa jej folderu
arg-case-activate-date = Data przyjęcia planu (domyślnie: dziś)
cmd-case-close = Zakończ sprawę i przekaż osobę lub rodzinę dalej (wymaga oceny)
arg-case-close-id = Numer sprawy lub nazwa jej folderu
arg-case-close-date = Data zakończenia pracy
arg-case-close-handover = Jak osoba lub rodzina zostaje przekazana dalej
arg-case-close-handover_file = Treść --handover z pliku (`-`: standardowe wejście)
arg-case-close-follow_up_until = Do kiedy obserwować trwałość zmiany
cmd-case-end = Zakończ sprawę przed czasem: niezakwalifikowana, odmowa, wycofana lub przerwana, z datą i przyczyną (cofa to `koop case reopen`)
arg-case-end-id = Numer sprawy lub nazwa jej folderu
arg-case-end-outcome = Jak się zakończyła: niezakwalifikowana (zespół jej nie zakwalifikował), odmowa (osoba lub rodzina odmówiła pomocy), wycofana (instytucja zgłaszająca wycofała zgłoszenie), przerwana (praca przerwana przed osiągnięciem celów)
arg-case-end-date = Data zakończenia
arg-case-end-reason = Przyczyna
arg-case-end-reason_file = Przyczyna z pliku (`-`: standardowe wejście)
cmd-case-renumber = Nadaj nowy numer sprawie, gdy ten sam numer nadano w dwóch kopiach repozytorium (K004 w `koop check`)
arg-case-renumber-id = Folder sprawy do przenumerowania (domyślnie: każda sprawa, której numer według `koop check` trzeba zmienić, bo inna sprawa ma ten sam)
arg-case-renumber-force = Także sprawę, która zachowuje swój numer albo nie ma konfliktu numerów
cmd-case-anonymise = Zastąp dane osobowe zakończonej sprawy po upływie okresu przechowywania znacznikiem anonimizacji, zachowując liczby i anonimową historię; z wpisem do rejestru udostępnień
arg-case-anonymise-id = Numer lub folder sprawy
arg-case-anonymise-force = Anonimizuj sprawę przed upływem okresu przechowywania (wymaga --reason)
arg-case-anonymise-reason = Powód (zapisany w rejestrze; bez nazwisk), np. żądanie osoby na podstawie art. 17 RODO
cmd-retention = Zakończone sprawy, których dane osobowe przekroczyły okres przechowywania z koop.toml ([retention])
arg-retention-all = Pokaż wszystkie zakończone sprawy z dniem upływu okresu, nie tylko te po terminie
arg-retention-format = Format wyjścia
cmd-case-reopen = Wznów zakończoną sprawę (zapis o zakończeniu zostaje usunięty)
arg-case-reopen-id = Numer sprawy
cmd-case-unqualify = Cofnij kwalifikację: sprawa wraca do etapu zgłoszenia
arg-case-unqualify-id = Numer sprawy
cmd-case-remove = Usuń sprawę ze wszystkimi jej plikami
arg-case-remove-id = Numer sprawy lub nazwa jej folderu
cmd-goal = Cele w planie sprawy (IPW)
cmd-goal-add = Dodaj cel szczegółowy (albo z --main ustaw cel główny)
arg-goal-add-id = Numer sprawy lub nazwa jej folderu
arg-goal-add-main = Cel główny (zamiast szczegółowego)
arg-goal-add-text = Treść celu (albo --text-file)
arg-goal-add-text_file = Tekst z pliku (`-`: standardowe wejście)
cmd-goal-remove = Usuń cel wraz z jego zadaniami
arg-goal-remove-id = Numer sprawy
arg-goal-remove-goal = Numer celu; jego zadania zostaną usunięte razem z nim
arg-goal-remove-force = Także wtedy, gdy do celu lub jego zadań odwołują się wpisy monitoringu albo oceny
cmd-task = Zadania w planie sprawy
cmd-task-add = Dodaj zadanie do celu szczegółowego
arg-task-add-id = Numer sprawy lub nazwa jej folderu
arg-task-add-goal = Numer celu szczegółowego (wypisuje je `koop case show`)
arg-task-add-responsible = Kto odpowiada: identyfikator instytucji, identyfikator osoby albo członek (`m1`)
arg-task-add-due = Termin
arg-task-add-service = Usługa z listy usług (identyfikator)
arg-task-add-text = Co trzeba zrobić (albo --text-file)
arg-task-add-text_file = Tekst z pliku (`-`: standardowe wejście)
arg-task-add-allow_duplicate = Także wtedy, gdy taki sam wpis już istnieje (K034)
cmd-task-done = Oznacz zadanie jako wykonane
arg-task-done-id = Numer sprawy lub nazwa jej folderu
arg-task-done-task = Numer zadania, np. 2.1
arg-task-done-date = Data wykonania (domyślnie: dziś)
cmd-task-reschedule = Zmień termin zadania
arg-task-reschedule-id = Numer sprawy
arg-task-reschedule-task = Numer zadania, np. 1.2
arg-task-reschedule-due = Nowy termin, YYYY-MM-DD
cmd-task-remove = Usuń zadanie
arg-task-remove-id = Numer sprawy
arg-task-remove-task = Numer zadania, np. 1.2
arg-task-remove-force = Także wtedy, gdy dotyczą go wpisy monitoringu
cmd-task-list = Lista zadań ze wszystkich spraw
arg-task-list-case = Tylko zadania tej sprawy
arg-task-list-overdue = Tylko niewykonane zadania po terminie
arg-task-list-due_before = Tylko niewykonane zadania z terminem przed tą datą
arg-task-list-responsible = Tylko zadania tej instytucji, osoby lub członka (`m1`)
arg-task-list-all = Także zadania wykonane
arg-task-list-format = Format wyniku
cmd-monitor = Comiesięczny monitoring zadań w sprawie
cmd-monitor-add = Odnotuj postęp w realizacji zadania w danym miesiącu
arg-monitor-add-id = Numer sprawy lub nazwa jej folderu
arg-monitor-add-month = Miesiąc, którego dotyczy informacja, YYYY-MM
arg-monitor-add-task = Numer zadania, np. 1.2
arg-monitor-add-by = Kto przekazuje informację: identyfikator instytucji, identyfikator osoby (zapisana zostanie jej instytucja) albo członek (`m1`)
arg-monitor-add-date = Data przekazania informacji (domyślnie: dziś)
arg-monitor-add-text = Informacja o postępie (albo --text-file)
arg-monitor-add-text_file = Tekst z pliku (`-`: standardowe wejście)
arg-monitor-add-allow_duplicate = Także wtedy, gdy taki sam wpis już istnieje (K034)
cmd-monitor-month = Wpisz monitoring wszystkich spraw za miesiąc naraz, w edytorze
    .long = Otwiera w edytorze (VISUAL albo EDITOR) jeden arkusz: dla każdej sprawy w realizacji zadania otwarte w danym miesiącu, kto za nie odpowiada i co już przekazano. Wpisz postęp po dwukropku w wierszu zadania i zapisz: każdy wypełniony wiersz staje się wpisem monitoringu (zał. 7), wszystkie w jednej zmianie. Puste wiersze są pomijane. Arkusz z błędem nie zostaje zapisany: w terminalu można go otworzyć ponownie.
arg-monitor-month-month = Miesiąc, którego dotyczy informacja, YYYY-MM
arg-monitor-month-case = Tylko ta sprawa
arg-monitor-month-by = Tylko zadania, za które odpowiada ta instytucja
arg-monitor-month-date = Data przekazania informacji (domyślnie: dziś)
cmd-monitor-sheet = Przygotuj formularz monitoringu za miesiąc dla jednej instytucji (CSV albo XLSX)
    .long = Formularz zawiera zadania instytucji otwarte w danym miesiącu: numery spraw i treść zadań, bez nazwisk członków rodzin. Instytucja wypełnia kolumnę postępu (i, jeśli chce, datę) i odsyła formularz; wczytuje go `koop monitor import`.
arg-monitor-sheet-month = Miesiąc, którego dotyczy informacja, YYYY-MM
arg-monitor-sheet-by = Instytucja, która wypełnia formularz
arg-monitor-sheet-format = Format formularza (domyślnie: według rozszerzenia pliku -o, inaczej csv)
arg-monitor-sheet-output = Zapisz formularz do tego pliku (domyślnie: standardowe wyjście, tylko csv)
cmd-monitor-import = Wczytaj wypełniony formularz monitoringu (CSV albo XLSX) do spraw
    .long = Każdy wiersz z wpisanym postępem staje się wpisem monitoringu, sprawdzonym tak jak w `koop monitor add`. Wiersz już zapisany jest pomijany, więc ponowne wczytanie formularza niczego nie dodaje. Gdy któryś wiersz jest błędny, każdy taki wiersz zostaje wskazany (wiersz i kolumna) i nic nie jest zapisywane, chyba że podano --partial. Pliki CSV mogą być rozdzielane przecinkami albo średnikami, w UTF-8 z BOM lub bez; nagłówki po polsku albo po angielsku.
arg-monitor-import-file = Wypełniony formularz: plik .csv albo .xlsx
arg-monitor-import-partial = Zapisz poprawne wiersze, nawet gdy niektóre są błędne (błędne zostaną wypisane)
arg-monitor-import-date = Data przekazania informacji dla wierszy bez daty (domyślnie: dziś)
value-xlsx = Skoroszyt programu Excel (.xlsx)
cmd-monitor-remove = Usuń wpis monitoringu (zadanie, miesiąc i kto przekazał informację)
arg-monitor-remove-id = Numer sprawy
arg-monitor-remove-month = Miesiąc, którego dotyczy informacja
arg-monitor-remove-task = Numer zadania, którego dotyczy wpis
arg-monitor-remove-by = Kto przekazał informację: identyfikator instytucji albo członek (`m1`)
arg-monitor-remove-entry = Numer wpisu o zadaniu, licząc od 1 (gdy jest ich kilka)
cmd-eval = Oceny w sprawie (część C karty)
cmd-eval-add = Odnotuj ocenę (część C karty)
arg-eval-add-id = Numer sprawy lub nazwa jej folderu
arg-eval-add-date = Data oceny
arg-eval-add-main_goal = Stopień osiągnięcia celu głównego
arg-eval-add-goals = Ocena celu szczegółowego: N=STOPIEŃ albo N=STOPIEŃ:przyczyny (N – numer celu), np. 1=osiągnięty albo "2=częściowo:brak miejsc"; można podać kilka razy
arg-eval-add-comment = Komentarz do celu głównego
arg-eval-add-comment_file = Treść --comment z pliku (`-`: standardowe wejście)
arg-eval-add-next = Data następnej oceny
arg-eval-add-end = Ta ocena kończy pracę z osobą lub rodziną
cmd-eval-remove = Usuń ocenę
arg-eval-remove-id = Numer sprawy
arg-eval-remove-date = Data oceny
cmd-report = Raporty: miesięczny monitoring, zadania po terminie, obciążenie pracą
cmd-report-monitoring = Miesięczny monitoring: dla każdego zadania w sprawach w realizacji – kto odpowiada, postęp w miesiącu, brakujące informacje
arg-report-monitoring-month = Miesiąc, YYYY-MM
arg-report-monitoring-case = Tylko ta sprawa
arg-report-monitoring-gmina = Tylko sprawy tej gminy (w repozytorium powiatu; nazwa gminy taka jak w sprawach)
arg-report-monitoring-format = Format wyniku
cmd-report-overdue = Niewykonane zadania po terminie, według odpowiedzialnej instytucji
arg-report-overdue-on = Stan na dzień (domyślnie: dziś)
arg-report-overdue-gmina = Tylko sprawy tej gminy (w repozytorium powiatu; nazwa gminy taka jak w sprawach)
arg-report-overdue-format = Format wyniku
cmd-report-caseload = Obciążenie pracą: dla każdej instytucji i osoby sprawy w realizacji i niewykonane zadania
arg-report-caseload-gmina = Tylko sprawy tej gminy (w repozytorium powiatu; nazwa gminy taka jak w sprawach)
arg-report-caseload-format = Format wyniku
cmd-keys = Szyfrowanie danych osobowych: twój klucz, odbiorcy, ponowne szyfrowanie
cmd-keys-generate = Utwórz swój klucz prywatny (jeśli go jeszcze nie masz) i wypisz odpowiadający mu klucz publiczny
arg-keys-generate-output = Gdzie zapisać klucz prywatny (domyślnie: plik wskazany w KOOP_IDENTITY, a gdy ta zmienna nie jest ustawiona – ~/.config/koop/identity.txt)
cmd-keys-add = Dodaj klucz publiczny współpracownika i zaszyfruj dane osobowe ponownie, także dla niego
arg-keys-add-name = Nazwa odbiorcy, np. `anna-kowalska` (plik keys/<NAZWA>.txt)
arg-keys-add-key = Klucz publiczny: `age1…` lub `ssh-ed25519 AAAA…` albo plik, w którym się znajduje (np. ~/.ssh/id_ed25519.pub). Domyślnie: twój własny klucz publiczny
cmd-keys-list = Lista odbiorców, dla których szyfrowane są dane osobowe
arg-keys-list-format = Format wyniku
cmd-keys-remove = Usuń odbiorcę i zaszyfruj dane osobowe ponownie, już bez niego
arg-keys-remove-name = Nazwa odbiorcy (zob. `koop keys list`)
cmd-keys-rotate = Zaszyfruj ponownie każdy plik z danymi osobowymi dla obecnych odbiorców (także pliki jeszcze niezaszyfrowane)
cmd-export = Eksport zestawień bez danych osobowych, do przekazania innym
cmd-export-stats = Zestawienie bez danych osobowych: sprawy według rodzaju i statusu, osiągnięte cele, zadania, zaangażowane instytucje, wykorzystane usługi, odbyte spotkania
arg-export-stats-period = Okres: rok (2026), miesiąc (2026-10), dzień albo zakres (2026-01..2026-06). Domyślnie: od pierwszego zgłoszenia do dziś
arg-export-stats-format = Format wyniku
arg-export-stats-output = Zapis do podanego PLIKU zamiast na standardowe wyjście
cmd-region = Widok regionu (ROPS): wiele repozytoriów gmin i powiatów naraz, bez odszyfrowywania danych osobowych
cmd-region-init = Utworzenie obszaru roboczego regionu: KATALOG/koop-region.toml z listą repozytoriów
arg-region-init-dir = Katalog obszaru roboczego (tworzony, jeśli go nie ma)
arg-region-init-name = Nazwa regionu (domyślnie: nazwa katalogu)
cmd-region-add = Dodanie repozytorium do obszaru roboczego: katalogu repozytorium koop lub zdalnego repozytorium git
arg-region-add-source = Katalog repozytorium koop albo adres git (https://…, ssh://…, file://…, użytkownik@host:ścieżka)
arg-region-add-name = Nazwa w tabelach regionu (domyślnie: ostatni człon ścieżki lub adresu)
arg-region-add-remote = Traktuj ŹRÓDŁO jako zdalne repozytorium git, nawet jeśli wygląda jak katalog
cmd-region-list = Lista repozytoriów obszaru roboczego
arg-region-list-format = Format wyjścia
cmd-region-pull = Sklonowanie zdalnych repozytoriów jeszcze niesklonowanych i aktualizacja pozostałych (git pull --ff-only)
cmd-region-status = Dla każdego repozytorium: rodzaj, etap modelu, następny krok, sprawy według statusu, ostatnia zmiana
arg-region-status-format = Format wyjścia
cmd-region-check = Dla każdego repozytorium: liczba błędów i ostrzeżeń według reguł (kod wyjścia 1 przy jakimkolwiek błędzie)
arg-region-check-format = Format wyjścia
cmd-region-stats = Zestawienie bez danych osobowych dla każdego repozytorium i łącznie (to samo co koop export stats)
arg-region-stats-period = Okres: rok (2026), miesiąc (2026-10), dzień lub zakres (2026-01..2026-06). Domyślnie: od pierwszego zgłoszenia w którymkolwiek repozytorium do dziś
arg-region-stats-format = Format wyjścia
cmd-region-report = Wykazy prowadzone przez ROPS, ze wszystkich repozytoriów, bez danych osobowych
cmd-region-report-services = Regionalna lista działań i usług: usługi wszystkich repozytoriów, według repozytorium
arg-region-report-services-level = Tylko usługi tego poziomu (gmina, powiat, wojewodztwo)
arg-region-report-services-format = Format wyjścia
cmd-region-report-needs = Co każde repozytorium zgłosiło do ROPS (krok 2.4, załącznik nr 1) i kto jeszcze nie zgłosił
arg-region-report-needs-format = Format wyjścia
cmd-doc = Dokumenty: formularze modelu wypełnione danymi, w formacie Markdown, HTML lub PDF
cmd-doc-list = Lista dokumentów, które tworzy koop
arg-doc-list-format = Format wyniku
cmd-doc-templates = Pokaż szablony (wbudowane lub zastąpione w templates/) albo zapisz wbudowane do folderu
arg-doc-templates-export = Zapis wbudowanych szablonów do podanego FOLDERU (np. `templates`, aby dostosować je na miejscu)
arg-doc-templates-force = Z --export: zastępuje istniejące pliki
cmd-doc-zgloszenie-rops = zał. 1: Zgłoszenie potrzeby włączenia ROPS (ID: osoba do kontaktu; domyślnie: animator)
cmd-doc-porozumienie = zał. 5 (lub 3): Porozumienie na rzecz współdziałania zespołu (ID: zespół)
cmd-doc-karta = zał. 6: Karta planu pracy z osobą/rodziną, części A, B, C (ID: sprawa)
cmd-doc-monitoring = zał. 7: Monitoring pracy z osobą/rodziną za miesiąc (ID: sprawa; --month)
cmd-doc-zaproszenie = Zaproszenia na spotkanie, po jednej stronie dla każdej zaproszonej instytucji (ID: spotkanie)
cmd-doc-lista-obecnosci = Lista obecności na spotkaniu (ID: spotkanie)
cmd-doc-protokol = Protokół ze spotkania (ID: spotkanie)
cmd-doc-efekty = Prezentacja efektów na posiedzenie komisji i sesję rady (krok 10.1): sprawy, cele, instytucje, usługi
arg-doc-id = Wpis, którego dotyczy dokument (zespół, sprawa, spotkanie lub osoba; zob. `koop doc list`)
arg-doc-format = Format wyniku (domyślnie: według rozszerzenia pliku z -o, a bez niego md)
arg-doc-output = Zapis do podanego PLIKU (`-`: standardowe wyjście); rozszerzenie (.pdf, .html, .md, .json) wyznacza format. Domyślnie: standardowe wyjście, a dla PDF plik w bieżącym folderze, np. `karta-2026-001.pdf`. Folder docelowy musi istnieć
arg-doc-force = Z --reveal: zapisz plik w repozytorium także tam, gdzie git go nie ignoruje (dane osobowe mogą trafić do commita)
arg-doc-month = Miesiąc, YYYY-MM (monitoring; domyślnie: poprzedni miesiąc)
arg-doc-variant = Brzmienie porozumienia: 5 = PZK i GGK, 3 = partnerstwo
arg-doc-date = Data na dokumencie (domyślnie: dziś; karta: dzień przyjęcia planu; zgłoszenie: dzień kroku 2.4)
arg-doc-reveal = Z danymi osobowymi rodziny (imiona i nazwiska, kontakty, diagnoza), np. zał. 6 do podpisu; bez tej opcji członkowie występują pod numerami (m1, m2), a dane są zastąpione napisem „(ukryte)”
arg-doc-evaluation = Karta: data oceny drukowanej w części C (domyślnie: najnowsza)
arg-doc-blank = Pusty formularz do wypełnienia ręcznie (np. na wizytę lub spotkanie), bez danych z wpisów
cmd-doc-lista-uslug = Lokalna lista usług (krok 6.4), według szczebla, z realizatorami i kontaktami
arg-doc-purpose = Przy --reveal zapisanym do pliku: w jakim celu – do rejestru udostępnień (`koop share log`)
cmd-share = Pakiet informacji: to, co dana instytucja może zobaczyć ze sprawy w zakresie zgody obowiązującej w dniu udostępnienia, z wpisem do rejestru udostępnień
arg-share-id = Numer lub folder sprawy
arg-share-to = Instytucja, która otrzymuje pakiet (jej identyfikator)
arg-share-purpose = W jakim celu (drukowany w pakiecie i zapisany w rejestrze; bez nazwisk)
arg-share-format = Format (domyślnie: wskazany przez rozszerzenie pliku -o, a bez niego md)
arg-share-output = Zapisz do pliku FILE (`-` to standardowe wyjście). Domyślnie: standardowe wyjście, a dla PDF plik `pakiet-<sprawa>-<instytucja>.pdf` w bieżącym folderze
arg-share-force = Zapisz plik w repozytorium, nawet gdy git go nie pomija
arg-share-date = Dzień udostępnienia; obowiązuje zgoda z tego dnia (domyślnie: dziś)
cmd-share-log = Rejestr udostępnień: każdy pakiet, każdy dokument z danymi osobowymi zapisany do pliku, każda anonimizacja
arg-share-log-case = Tylko ta sprawa (numer lub folder)
arg-share-log-to = Tylko pakiety dla tej instytucji
arg-share-log-format = Format wyjścia
cmd-edit = Otwórz wpis w edytorze ($VISUAL, $EDITOR); wynik jest sprawdzany przed zapisem
    .after = Wpis: ścieżka w repozytorium (teams/pzk.toml), numer sprawy z nazwą pliku (case, members, diagnosis, plan; members i diagnosis są na czas edycji odszyfrowywane) albo rodzaj wpisu (institution, person, team, service, meeting, cycle) z identyfikatorem.

        Edytor: $VISUAL, a gdy ta zmienna nie jest ustawiona – $EDITOR, w ostateczności vi. Nic nie zostaje zapisane, gdy edytor zakończy się błędem albo plik wróci bez zmian; jeśli wynik ma nowe błędy, koop je pokazuje i w terminalu pozwala otworzyć plik ponownie.
arg-edit-record = Wpis: ścieżka w repozytorium, numer sprawy albo rodzaj wpisu (institution, person, team, service, meeting, cycle)
arg-edit-what = Przy numerze sprawy: plik sprawy (case, members, diagnosis, plan); przy rodzaju wpisu: jego identyfikator
cmd-undo = Cofnij ostatnią zmianę wprowadzoną przez koop (jeśli jej pliki się od tamtej pory nie zmieniły)
    .after = Każde kolejne `koop undo` cofa jeszcze jedną zmianę, od najnowszej. Cofnięcie też trafia do dziennika, ale samego cofnięcia nie da się odwrócić: aby przywrócić zmianę, wydaj ponownie cofnięte polecenie. Zmiana, której pliki zmieniono później (ręcznie, przez git, innym poleceniem), nie zostaje cofnięta.
arg-undo-force = Także wtedy, gdy po cofnięciu repozytorium naruszy którąś regułę (np. wpis dodany później odwołuje się do tego, co cofnięcie usuwa)
cmd-log = Dziennik zmian, które koop wprowadził w tym repozytorium (w .koop/, nie jest udostępniany przez git)
arg-log-limit = Pokaż najwyżej tyle operacji, od najnowszej
arg-log-format = Format wyniku
cmd-sync = Udostępnij pracę: zapisanie zmian (commit), pobranie i scalenie zmian współpracowników, sprawdzenie, wysłanie
arg-sync-message = Opis commita (domyślnie: operacje koop od ostatniej synchronizacji, po jednej w wierszu)
arg-sync-no_push = Tylko zapisanie zmian (commit) i pobranie zmian współpracowników, bez wysyłania
cmd-git = Wymiana przez git: sterowniki scalające wpisy po identyfikatorach, rozwiązywanie konfliktów
cmd-git-setup = Przygotuj tę kopię repozytorium do pracy z koop: scalanie wpisów po identyfikatorach (także zaszyfrowanych) i odszyfrowane różnice (diff) dla posiadaczy kluczy
cmd-git-resolve = Scal po identyfikatorach pliki wpisów, których git nie scalił, z wersji przechowywanych przez git
arg-git-resolve-paths = Pliki (domyślnie: każdy plik wpisu, który git wykazuje jako niescalony)
cmd-git-merge-driver = Sterownik scalania uruchamiany przez git (ustawia go `koop git setup`): BASE OURS THEIRS PATH
arg-git-merge-driver-encrypted = Pliki są zaszyfrowane (`.age`)
arg-git-merge-driver-base = Wersja wspólnego przodka (%O)
arg-git-merge-driver-ours = Nasza wersja, do której trafia wynik (%A)
arg-git-merge-driver-theirs = Ich wersja (%B)
arg-git-merge-driver-path = Ścieżka pliku w repozytorium (%P)
cmd-git-textconv = Sterownik diff uruchamiany przez git dla zaszyfrowanych plików: wypisuje odszyfrowaną treść
arg-git-textconv-file = Plik do pokazania
cmd-migrate = Przenieś dane do formatu tej wersji koop (identyfikatory członków, celów, zadań…)
cmd-check = Sprawdź repozytorium według reguł modelu (wypisuje je `koop rules`)
    .long = Sprawdź repozytorium według reguł modelu (wypisuje je `koop rules`). Każde ustalenie podaje plik, wiersz i kolumnę oraz co zrobić; kod wyjścia to 1, gdy jest błąd (albo ostrzeżenie, z --deny warnings). To, co odczytano, zostaje w .koop/cache/ (git go pomija; dane osobowe zaszyfrowane twoim własnym kluczem), więc następne sprawdzenie analizuje tylko zmienione pliki; KOOP_CACHE=off to wyłącza, a usunięcie .koop/cache/ jest zawsze bezpieczne.
arg-check-rules = Tylko ta reguła (kod, np. K012); można podać kilka razy
arg-check-allow = Reguła do pominięcia (kod; dochodzi do `[check] allow` z koop.toml); można podać kilka razy
arg-check-deny = Ostrzeżenia też kończą sprawdzenie błędem
arg-check-format = Format wyniku
cmd-rules = Lista reguł, które stosuje `koop check`
arg-rules-format = Format wyniku; `md` daje treść pliku docs/rules.md
cmd-explain = Objaśnij regułę: co sprawdza, dlaczego (z cytatem ze źródła) i jak usunąć uwagę
arg-explain-code = Kod reguły, np. K012
cmd-completions = Wypisz skrypt uzupełniania dla powłoki: klawisz Tab uzupełnia polecenia, opcje, wartości i identyfikatory z tego repozytorium
arg-completions-shell = Powłoka, w której ma działać uzupełnianie
cmd-man = Zapisz strony podręcznika (koop.1 i po jednej na polecenie) do folderu
arg-man-dir = Folder na strony (koop.1, koop-case.1, koop-case-new.1, …); musi istnieć

value-3 = zał. 3: porozumienie partnerskie z wykazem stron
value-5 = zał. 5: PZK wraz z GGK złożoną z pracowników
value-achieved = Osiągnięty
value-active = Plan (IPW) przyjęty i realizowany
value-always = Zawsze
value-animator-gminy = Pracownik OPS, który animuje współpracę w gminie
value-animator-powiatu = Pracownik PCPR, który animuje współpracę w powiecie
value-auto = W terminalu, chyba że ustawiono NO_COLOR
value-closed = Praca zakończona oceną i przekazaniem
value-continue = Kontynuacja pracy z modelem: może nastąpić kolejny cykl
value-court = Sąd (wydział rodzinny)
value-csv = Wartości rozdzielone przecinkami, z wierszem nagłówka (RFC 4180)
value-discontinued = Praca w sprawie zakwalifikowanej lub w realizacji przerwana przed osiągnięciem celów (z przyczyną)
value-doradca-rops = Doradca regionalny z ROPS
value-en = Angielski
value-end = Zakończenie współpracy: bez kolejnego cyklu
value-evaluation = Spotkanie ewaluacyjne (etap IV)
value-family = Rodzina
value-formalising = Spotkanie formalizujące, na którym podpisuje się porozumienie
value-ggk = Gminna Grupa Kooperacji: pracownicy delegowani do rozwiązania konkretnej sytuacji
value-gmina = Gmina
value-group = Grupa społeczna
value-health = Ochrona zdrowia: przychodnie, terapia, leczenie uzależnień
value-html = Jeden samodzielny plik HTML ze stylami do druku
value-human = Uwagi z zaznaczonym miejscem w pliku, na końcu podsumowanie
value-initiating = Spotkanie inicjujące (zał. 2)
value-json = JSON dla programów
value-koordynator-ggk = Pracownik OPS koordynujący GGK
value-local-government = Urząd gminy, starostwo, urząd marszałkowski
value-md = Markdown: czytelny jako zwykły tekst i w każdym programie obsługującym Markdown
value-monitoring = Spotkanie monitorujące (zał. 7: „podczas spotkania monitorującego”)
value-never = Nigdy
value-ngo = Organizacja pozarządowa
value-not-achieved = Nieosiągnięty
value-not-qualified = Zespół nie zakwalifikował zgłoszenia (z podaniem przyczyny)
value-ops = Ośrodek Pomocy Społecznej (OPS, GOPS, MGOPS, MOPS)
value-oral = Ustna (odnotowana przez pracownika)
value-other = Inna instytucja
value-partly = Częściowo osiągnięty
value-pcpr = Powiatowe Centrum Pomocy Rodzinie
value-pdf = PDF do druku i podpisu (A4, z osadzonymi czcionkami)
value-pl = Polski
value-person = Jedna osoba
value-police = Policja
value-powiat = Powiat
value-pracownik-socjalny = Pracownik socjalny koordynujący pracę z osobą lub rodziną
value-probation = Kuratorska służba sądowa (kuratorzy sądowi)
value-przedstawiciel = Przedstawiciel instytucji w zespole (krok 5.1)
value-pup = Powiatowy Urząd Pracy
value-pzk = Partnerski Zespół Kooperacji: dyrektorzy i kierownicy instytucji
value-qualified = Zakwalifikowana przez zespół za zgodą osoby lub rodziny
value-radny = Radny wybrany do wspierania modelu (krok 2.3)
value-referred = Zgłoszona przez instytucję członkowską, czeka na kwalifikację
value-refused = Osoba lub rodzina odmówiła przyjęcia pomocy
value-rops = Regionalny Ośrodek Polityki Społecznej
value-school = Szkoła lub przedszkole
value-superwizor = Superwizor członków zespołów i animatorów
value-table = Tabela w terminalu
value-utf-8 = UTF-8, z BOM albo bez („CSV UTF-8” w arkuszu kalkulacyjnym)
value-windows-1250 = Windows-1250, strona kodowa, w której polski Excel zapisuje zwykły „CSV”
value-warnings = Kod wyjścia 1 także przy ostrzeżeniach
value-withdrawn = Instytucja zgłaszająca wycofała zgłoszenie
value-wojewodztwo = Województwo
value-working = Spotkanie robocze
value-written = Pisemna (podpisana)
## reguły: `koop check` — opis każdej reguły (rule-kNNN-summary) i wyjaśnienie
## (rule-kNNN-explain), potem jej uwagi; `koop rules` i docs/rules.pl.md

rule-more-on-line = { $message } (i jeszcze { $n ->
        [one] { $n } podobna uwaga
        [few] { $n } podobne uwagi
       *[many] { $n } podobnych uwag
    } w tym wierszu)
rule-column-code = kod
rule-column-name = nazwa
rule-column-severity = waga
rule-column-checks = co sprawdza
rule-md-title = koop check: reguły
rule-md-generated = <!-- Wygenerowane poleceniem `KOOP_LANG=pl koop rules --format md > docs/rules.pl.md`; test sprawdza, czy jest aktualne. -->
rule-md-intro = Każda uwaga `koop check` ma stały kod. `koop explain CODE` wypisuje ten sam tekst co
    poniżej. Wybierz reguły opcją `koop check --rule CODE`, wycisz je opcją `--allow CODE`
    albo wpisem `[check] allow = ["CODE"]` w koop.toml, a opcja `--deny warnings` sprawia, że
    ostrzeżenia też kończą się niepowodzeniem.
rule-md-checks = **{ $name }** — { $summary }.
rule-md-checks-on-load = **{ $name }** — { $summary } (wykrywane już przy wczytywaniu plików).
rule-md-severity = - Waga: { $severity }
rule-md-source = - Źródło: { $source }
rule-explain-title = { $code } { $name }: { $summary }
rule-explain-title-on-load = { $code } { $name }: { $summary } (wykrywane już przy wczytywaniu plików)
rule-explain-severity = waga: { $severity }
rule-explain-source = źródło: { $source }
rule-k001-summary = każdy plik z danymi jest tekstem UTF-8 w poprawnym formacie TOML
rule-k001-explain = Pliku, który nie jest zapisany w UTF-8 albo nie jest poprawnym TOML, nie da się w ogóle odczytać, więc nic z niego nie jest sprawdzane ani pokazywane. Co zrobić: zapisz plik w UTF-8 i popraw TOML we wskazanym wierszu (najczęściej winny jest niezamknięty cudzysłów albo nawias). Tak samo pomijany jest plik lub folder, którego koop nie może otworzyć (uprawnienia), a to, co może zawierać, nie jest zgłaszane jako nieznane ani brakujące: nadaj sobie prawo odczytu (`ls -ld` pokaże, czyj jest).
rule-k002-summary = każdy wpis ma klucze wymagane dla swojego rodzaju, z wartościami właściwego typu
rule-k002-explain = Każdy rodzaj wpisu ma ustalony zestaw kluczy (docs/format.md). Nieznany klucz to zwykle literówka, która inaczej zostałaby po cichu pominięta; wartość złego typu albo niemożliwa data zostałyby odczytane błędnie. Co zrobić: użyj klucza lub wartości, które podpowiada wskazówka.
rule-k002-post = post = { $post } nie jest częścią etatu (więcej niż 0, najwyżej 1)
rule-k002-post-help = wpisz np. 0.5 dla pół etatu, 1 dla pełnego etatu
rule-k002-months = { $key } = { $months } jest poza zakresem (od 1 do { $max })
rule-k002-months-help = Założenia organizacyjne Modelu Kooperacji, pkt 14 proponują ok. 3, do 13 i ok. 2 miesięcy
rule-k003-summary = nazwy plików i folderów są identyfikatorami (a-z, 0-9, pojedyncze łączniki); numery spraw mają postać YYYY-NNN (co najmniej trzy cyfry)
rule-k003-explain = Identyfikatorem wpisu jest nazwa jego pliku lub folderu; przez nią odwołują się do niego inne wpisy, więc musi to być prosta nazwa z małych liter, cyfr i łączników. Numer sprawy to rok zgłoszenia i numer kolejny, jak na karcie („nr identyfikacyjny”). Co zrobić: zmień nazwę pliku lub folderu (wskazówka podpowiada nazwę) i popraw odwołania do niego.
rule-k003-case-number = numer sprawy `{ $id }` nie ma postaci YYYY-NNN
rule-k003-case-number-help = wpisz rok zgłoszenia i numer kolejny: do 999 trzycyfrowy, dalej bez zer na początku, np. 2026-004 albo 2026-1000
rule-k003-identity-number = `{ $id }` nie może być identyfikatorem { $what ->
        [member] członka rodziny
        [goal] celu
        [task] zadania
        [entry] informacji z monitoringu
       *[decision] ustalenia
    }: wygląda jak numer porządkowy, pod którym koop pokazuje wpisy (m1, 2, 1.2), a ten zmienia się, gdy wpisy dochodzą lub są usuwane
rule-k003-identity-invalid = `{ $id }` nie może być identyfikatorem { $what ->
        [member] członka rodziny
        [goal] celu
        [task] zadania
        [entry] informacji z monitoringu
       *[decision] ustalenia
    }: { $why }
rule-k003-identity-help = wpisz inny, np. `{ $fresh }`, i to samo we wpisach, które się do niego odwołują
rule-k004-summary = żadne dwa wpisy nie mają tego samego identyfikatora (numeru sprawy też) i nic nie jest wpisane na liście dwa razy
rule-k004-explain = Dwie osoby pracujące na dwóch kopiach repozytorium mogą obie dodać pracownika o tym samym identyfikatorze w różnych instytucjach albo nadać dwóm sprawom ten sam numer; po scaleniu nie wiadomo, do którego wpisu prowadzi odwołanie. Co zrobić: zmień identyfikator jednej z osób; dla spraw uruchom `koop case renumber <folder>`.
rule-k004-person-twice = identyfikator osoby `{ $id }` występuje dwa razy
rule-k004-person-twice-help = ten sam identyfikator ma { $other }; zmień nazwę jednego z plików (identyfikatory osób nie mogą się powtarzać nawet w różnych instytucjach)
rule-k004-listed-twice = `{ $id }` występuje dwa razy jako { $what ->
        [member] członek zespołu
        [delegate] przedstawiciel
        [signatory] strona porozumienia
        [invited] instytucja zaproszona
       *[present] osoba obecna
    }
rule-k004-listed-twice-help = usuń jeden z wpisów
rule-k004-case-number = numer sprawy { $number } mają dwa foldery: cases/{ $keeper } i cases/{ $dir }
rule-k004-case-number-help = na dwóch kopiach repozytorium nadano ten sam numer; zostaje on przy cases/{ $keeper } ({ $why }): uruchom `koop case renumber cases/{ $dir }` (sprawa dostanie numer { $new }) albo `koop case renumber`, żeby rozwiązać wszystkie takie konflikty
rule-k004-identity-twice = identyfikator { $what ->
        [member] członka rodziny
        [goal] celu
        [task] zadania
        [entry] informacji z monitoringu
       *[decision] ustalenia
    } `{ $id }` występuje dwa razy { $scope ->
        [case] w sprawie
       *[meeting] na spotkaniu
    } { $owner }
rule-k004-identity-shared = ten sam identyfikator `{ $id }` mają { $first ->
        [member] członek rodziny
        [goal] cel
        [task] zadanie
        [entry] informacja z monitoringu
       *[decision] ustalenie
    } i { $what ->
        [member] członek rodziny
        [goal] cel
        [task] zadanie
        [entry] informacja z monitoringu
       *[decision] ustalenie
    } { $scope ->
        [case] w sprawie
       *[meeting] na spotkaniu
    } { $owner }
rule-k004-identity-twice-help = nadaj jednemu z nich inny identyfikator, np. `{ $fresh }`; inne pliki się do niego odwołują, więc sprawdź, o który z nich im chodzi
rule-k005-summary = istnieje każda wskazana instytucja, osoba, zespół, usługa, spotkanie, członek rodziny, zadanie, cel i krok
rule-k005-explain = Wpisy odwołują się do siebie przez identyfikatory. Odwołanie do czegoś, czego nie ma, to literówka albo wpis usunięty lub jeszcze nie scalony. Co zrobić: popraw identyfikator (wskazówka podaje najbliższy istniejący) albo dodaj brakujący wpis.
rule-k005-unknown = nie ma { $kind ->
        [institution] instytucji
        [person] osoby
        [team] zespołu
        [service] usługi
        [meeting] spotkania
        [case] sprawy
        [goal] celu
        [task] zadania
        [member] członka rodziny
       *[other] wpisu { $kind }
    } `{ $id }`
rule-k005-did-you-mean = czy chodziło o `{ $best }`?
rule-k005-in-case-help = popraw go; { $kind ->
        [goal] cele
        [task] zadania
       *[member] członków rodziny
    } sprawy wypisuje `koop case show <case>`
rule-k005-add-first-help = najpierw dodaj { $kind ->
        [institution] instytucję
        [person] osobę
        [team] zespół
        [service] usługę
        [meeting] spotkanie
        [case] sprawę
       *[other] wpis
    } albo popraw identyfikator (listę pokazuje `koop { $kind } list`)
rule-k005-person-unknown-institution = osoba `{ $person }` jest w folderze nieznanej instytucji `{ $institution }`
rule-k005-person-move-help = czy chodziło o `{ $best }`? Przenieś osobę do institutions/{ $best }/people/
rule-k005-person-institution-help = dodaj institutions/{ $institution }/institution.toml albo przenieś osobę do folderu jej instytucji
rule-k005-no-step = cykl { $cycle } ({ $kind }) nie ma kroku `{ $step }`
rule-k005-step-did-you-mean = czy chodziło o `{ $best }`? Kroki wypisuje `koop model status`
rule-k005-step-list-help = kroki tego cyklu wypisuje `koop model status`
rule-k005-unknown-reporter = plik monitoringu ma nazwę `{ $reporter }`, która nie wskazuje żadnej instytucji ani członka rodziny
rule-k005-unknown-reporter-help = nazwij plik identyfikatorem instytucji albo członka rodziny (`koop case show --format json`)
rule-k005-unknown-in-case = sprawa { $case } nie ma { $kind ->
        [task] zadania
        [goal] celu
       *[member] członka rodziny
    } `{ $id }`
rule-k005-case-has-none = sprawa { $case } nie ma { $kind ->
        [task] zadań
       *[goal] celów
    }
rule-k005-case-lists = { $kind ->
        [task] zadania
        [goal] cele
       *[member] członkowie rodziny
    } w sprawie { $case }: { $list }
rule-k005-members-file = członkowie rodziny są wpisani w { $file }
rule-k005-number-not-identity = `{ $value }` to numer porządkowy, pod którym koop pokazuje { $kind ->
        [task] zadanie
        [goal] cel
       *[member] członka rodziny
    }, a nie identyfikator
rule-k005-number-not-identity-help = wpisz `{ $id }`: wpisy odwołują się do { $kind ->
        [task] zadania
        [goal] celu
       *[member] członka rodziny
    } przez identyfikator, bo numery zmieniają się, gdy wpisy dochodzą, są usuwane albo scalane
rule-k006-summary = pliki TOML w folderach z danymi leżą tam, gdzie koop je czyta
rule-k006-explain = Plik TOML leżący w folderze z danymi, ale nie tam, gdzie koop szuka, nigdy nie jest czytany, więc wszystko, co w nim zapisano, po cichu przepada. Co zrobić: przenieś go albo zmień mu nazwę tak, jak podaje wskazówka, albo go usuń.
rule-k007-summary = instytucja członkowska deleguje do zespołu własnych pracowników
rule-k007-explain = Zał. 5 §3.1: „Gminną Grupę Kooperacji tworzą przedstawiciele instytucji i podmiotów [...] którzy podpisali Porozumienie” — instytucja członkowska deleguje własnych pracowników. Co zrobić: wpisz osobę pod tą instytucją członkowską, w której pracuje.
rule-k007-foreign = przedstawiciel `{ $person }` pracuje w `{ $works_at }`, a nie w `{ $member }`
rule-k007-foreign-help = wpisz `{ $person }` pod członkiem zespołu `{ $works_at }` albo wydeleguj pracownika `{ $member }`
rule-k008-summary = zgłoszenie ≤ zgoda ≤ kwalifikacja ≤ plan ≤ zamknięcie, a monitorowanie trwałości zmiany po zamknięciu
rule-k008-explain = Praca z rodziną ma swoją kolejność: zgłoszenie, potem zgoda, potem kwalifikacja przez zespół „za zgodą osoby/rodziny” (Założenia organizacyjne Modelu Kooperacji), potem plan, na końcu zamknięcie sprawy i monitorowanie trwałości zmiany. Data spoza tej kolejności to literówka albo krok wpisany w niewłaściwej sprawie. Co zrobić: popraw wskazaną datę.
rule-k008-out-of-order = sprawa { $case }: data { $what ->
        [referral] zgłoszenia
        [consent] zgody
        [qualification] kwalifikacji
        [plan] przyjęcia planu
       *[closure] zamknięcia sprawy
    } ({ $date }) jest wcześniejsza niż data { $before ->
        [referral] zgłoszenia
        [consent] zgody
        [qualification] kwalifikacji
        [plan] przyjęcia planu
       *[closure] zamknięcia sprawy
    } ({ $when })
rule-k008-out-of-order-help = kolejność jest taka: zgłoszenie → zgoda → kwalifikacja → plan → zamknięcie; popraw datę
rule-k008-diagnosis-before-consent = sprawa { $case }: diagnoza ({ $date }) ma datę wcześniejszą niż zgoda ({ $consent })
rule-k008-diagnosis-before-consent-help = praca z rodziną, także diagnoza, zaczyna się od jej zgody; popraw datę
rule-k008-withdrawn-before-given = sprawa { $case }: zgodę wycofano ({ $withdrawn }) przed jej wyrażeniem ({ $given })
rule-k008-withdrawn-before-given-help = popraw daty zgody
rule-k008-evaluation-before-plan = sprawa { $case }: ocena { $evaluation } ma datę wcześniejszą niż plan ({ $plan })
rule-k008-evaluation-before-plan-help = ocena dotyczy przyjętego planu; zmień nazwę pliku na faktyczną datę oceny
rule-k008-follow-up-before-closure = sprawa { $case }: monitorowanie trwałości zmiany kończy się ({ $until }) przed zamknięciem sprawy ({ $closure })
rule-k008-follow-up-before-closure-help = monitorowanie trwałości zmiany trwa po zamknięciu sprawy
rule-k009-summary = żadne zadanie nie ma terminu ani daty wykonania sprzed przyjęcia planu
rule-k009-explain = Zadania należą do planu (część B: „termin realizacji zadania”); zadanie z terminem albo wykonane przed powstaniem planu nie mogło być jego częścią. Co zrobić: popraw datę zadania albo datę przyjęcia planu (`adopted`).
rule-k009-before-plan = zadanie { $task } sprawy { $case } ma datę { $what ->
        [due] terminu
       *[done] wykonania
    } { $date }, wcześniejszą niż przyjęcie planu ({ $plan })
rule-k009-before-plan-help = popraw tę datę albo datę przyjęcia planu (`adopted`)
rule-k010-summary = monitoring obejmuje tylko miesiące, w których sprawa była w realizacji
rule-k010-explain = Zał. 7 opisuje postęp zadań planu „za okres” pracy. Monitoring za miesiąc sprzed przyjęcia planu albo po zamknięciu sprawy jest wpisany w złe miejsce. Co zrobić: przenieś plik do właściwego miesiąca lub sprawy albo go usuń.
rule-k010-before-active = sprawa { $case }: monitoring za { $month } sprzed rozpoczęcia realizacji planu ({ $start })
rule-k010-no-plan = sprawa { $case }: jest monitoring za { $month }, ale sprawa nie ma przyjętego planu
rule-k010-after-closed = sprawa { $case }: monitoring za { $month } po zakończeniu sprawy ({ $end })
rule-k010-help = monitoring obejmuje miesiące realizacji planu; przenieś albo usuń plik
rule-k011-summary = zgoda taka, jakiej wymaga Model: przed kwalifikacją, od każdego pełnoletniego członka rodziny, za każdego niepełnoletniego od przedstawiciela ustawowego, nigdy zgoda samego dziecka, i żadnej pracy po jej wycofaniu
rule-k011-explain = Założenia organizacyjne Modelu Kooperacji, pkt 6: współpraca przebiega „na wszystkich etapach [...] wspólnym kwalifikowaniu do pomocy Zespołu za zgodą osoby/rodziny”. koop rozumie to jako zgodę wszystkich, z którymi toczy się praca: każdy pełnoletni członek rodziny wyraża własną, a rodzic lub opiekun prawny wyraża ją za każdego niepełnoletniego (`koop case consent … --by m1 --for m3`); zgoda samego dziecka nie jest zgodą rodziny. Zgoda jest pierwsza: sprawa po zgłoszeniu ma zgodę obowiązującą w dniu kwalifikacji, a diagnoza ma datę późniejszą niż zgoda (K008). Praca nie toczy się dalej, gdy wszystkie zgody wycofano (`koop case consent … --withdraw`): zakończ sprawę (`koop case end … discontinued` albo `refused` przed przyjęciem planu). Członek rodziny, który jeszcze nie wyraził zgody, to praca do wykonania — zmiana dodająca członka rodziny przechodzi i pokazuje tę uwagę. Co zrobić: `koop case consent <case> --date … --by <member> [--for <minor>]… [--form written|oral] [--scope …]`.
rule-k011-minor-own = sprawa { $case }: { $member } w dniu { $date } jest osobą niepełnoletnią, a zgoda samego dziecka nie jest zgodą rodziny
rule-k011-minor-own-help = zapisz zgodę rodzica lub opiekuna prawnego w imieniu { $member }: `koop case consent { $case } --by <rodzic> --for { $member } …`
rule-k011-no-consent = sprawa { $case } ma status { $status }, a nie zapisano zgody
rule-k011-no-consent-help = zapisz ją: `koop case consent` (albo [[consent]] z date, by — identyfikatorem członka rodziny — i scope)
rule-k011-qualified-without = sprawę { $case } zakwalifikowano { $date }, gdy nie obowiązywała żadna zgoda (wcześniej ją wycofano)
rule-k011-qualified-without-help = kwalifikacja wymaga zgody osoby lub rodziny obowiązującej w tym dniu
rule-k011-all-withdrawn = sprawa { $case } ma status { $status }, ale wszystkie zgody wycofano (ostatnią { $date })
rule-k011-all-withdrawn-help = praca toczy się tylko za zgodą: `koop case end { $case } refused --date { $date } --reason …` (albo discontinued)
rule-k011-minor-not-covered = sprawa { $case }: brak zgody przedstawiciela ustawowego za niepełnoletniego członka rodziny { $member }
rule-k011-minor-not-covered-help = Model działa „za zgodą osoby/rodziny”: `koop case consent { $case } --by <rodzic> --for { $member } …`
rule-k011-adult-no-consent = sprawa { $case }: brak zgody pełnoletniego członka rodziny { $member }
rule-k011-adult-no-consent-help = Model działa „za zgodą osoby/rodziny”: `koop case consent { $case } --by { $member } …`
rule-k011-age-unknown = sprawa { $case }: brak zgody członka rodziny { $member } i brak zgody przedstawiciela ustawowego w jego imieniu
rule-k011-age-unknown-help = Model działa „za zgodą osoby/rodziny”: `koop case consent { $case } --by { $member } …` (albo dopisz rok urodzenia i `--for { $member }` przy zgodzie rodzica)
rule-k012-summary = każde zadanie ma termin realizacji
rule-k012-explain = Część B karty podaje dla każdego zadania „TERMIN REALIZACJI ZADANIA”; bez niego zadanie nigdy nie jest po terminie i nigdy nie jest monitorowane. Co zrobić: dodaj do zadania `due = YYYY-MM-DD`.
rule-k012-no-due = zadanie { $task } sprawy { $case } nie ma terminu realizacji
rule-k012-no-due-help = dodaj do zadania `due = YYYY-MM-DD` („termin realizacji zadania”)
rule-k013-summary = każde zadanie ma kogoś odpowiedzialnego: instytucję (i osobę) albo członka rodziny
rule-k013-explain = Część B wymienia „OSOBY ODPOWIEDZIALNE ZA REALIZACJĘ CELU”, a zał. 7 zbiera informacje według „INSTYTUCJA ODPOWIEDZIALNA ZA REALIZACJĘ (lub osoba/członek rodziny)”. Zadanie bez odpowiedzialnego jest niczyje. Co zrobić: dodaj do zadania `institution` (i `person`) albo `member`.
rule-k013-no-one = zadanie { $task } sprawy { $case } nie ma nikogo odpowiedzialnego
rule-k013-add-institution-help = dodaj do zadania `institution = "…"` (instytucję tej osoby)
rule-k013-add-responsible-help = dodaj do zadania `institution = "…"` (i `person`) albo `member = "<identyfikator członka rodziny>"`
rule-k014-summary = przyjęty plan ma cel główny, a każdy cel szczegółowy ma co najmniej jedno zadanie
rule-k014-explain = Część B: „Cel główny” i „CELE SZCZEGÓŁOWE”, każdy z „ZADANIAMI”. Nad celem bez zadania nikt nie będzie pracował. Co zrobić: dodaj cel główny (`koop goal add --main`) i zadania (`koop task add`).
rule-k014-no-plan = sprawa { $case } ma status { $status }, ale nie ma planu
rule-k014-no-plan-help = utwórz { $file } (cele i zadania)
rule-k014-no-adopted = sprawa { $case } ma status { $status }, ale jej plan nie ma daty przyjęcia (`adopted`)
rule-k014-no-adopted-help = dodaj `adopted = YYYY-MM-DD`, dzień uzgodnienia planu — zapisuje go `koop case activate`
rule-k014-no-goals = plan sprawy { $case } nie ma celów szczegółowych
rule-k014-no-goals-help = dodaj cele szczegółowe z zadaniami — `koop goal add`, `koop task add`
rule-k014-no-main-goal = plan sprawy { $case } nie ma celu głównego
rule-k014-no-main-goal-help = dodaj `main_goal = "…"` (cel główny) — albo użyj `koop goal add --main`
rule-k014-goal-without-task = cel { $goal } sprawy { $case } nie ma żadnego zadania
rule-k014-goal-without-task-help = dodaj zadanie z odpowiedzialnym za nie i terminem realizacji — `koop task add`
rule-k015-summary = sprawa po zgłoszeniu została zakwalifikowana przez zespół
rule-k015-explain = Sprawę przejmuje zespół (PZK albo GGK), który decyduje o jej kwalifikacji. Co zrobić: zapisz w [qualification] datę i zespół poleceniem `koop case qualify`.
rule-k015-not-qualified = sprawa { $case } ma status { $status }, ale żaden zespół jej nie zakwalifikował
rule-k015-not-qualified-help = zapisz w [qualification] datę i zespół — albo użyj `koop case qualify`
rule-k016-summary = sprawa w realizacji ma koordynatora, a koordynatorem sprawy jest pracownik socjalny OPS
rule-k016-explain = Zadania dla instytucji w Modelu Kooperacji: OPS „jest koordynatorem działań podejmowanych przez pracowników instytucji na rzecz konkretnej osoby/rodziny/grupy”; zał. 7 wypełnia się „przez koordynatora działań (pracownik OPS)”. Sprawa w realizacji wskazuje koordynatora: część B karty uzgadnia z rodziną „Pracownik socjalny będący koordynatorem wsparcia” (zał. 6), więc koordynatorem jest pracownik OPS zapisany z rolą `pracownik-socjalny`. Co zrobić: wpisz takiego pracownika jako `coordinator` albo dodaj tę rolę osobie, która nim jest.
rule-k016-no-coordinator = sprawa { $case } w realizacji nie ma koordynatora
rule-k016-no-coordinator-help = dodaj w case.toml `coordinator = "<person-id>"`: pracownika socjalnego OPS, który koordynuje wsparcie (część B: „pracownik socjalny będący koordynatorem wsparcia”)
rule-k016-not-social-worker = koordynator `{ $person }` sprawy { $case } nie ma zapisanej roli pracownika socjalnego
rule-k016-not-social-worker-help = zał. 6 nazywa koordynatora „pracownik socjalny będący koordynatorem wsparcia”: jeśli `{ $person }` nim jest, dopisz "pracownik-socjalny" do `roles` (`koop edit person { $person }`); jeśli nie, wskaż pracownika socjalnego
rule-k016-not-ops = koordynator `{ $person }` sprawy { $case } nie pracuje w OPS
rule-k016-not-ops-help = koordynatorem pracy z rodziną jest pracownik socjalny OPS; wskaż takiego pracownika
rule-k017-summary = GGK ma koordynatora i jest nim pracownik OPS
rule-k017-explain = Zał. 5 §3.3: „Koordynatorem prac GGK jest wyznaczony pracownik Ośrodka Pomocy Społecznej.” Co zrobić: ustaw `coordinator` zespołu na osobę z OPS.
rule-k017-no-coordinator = GGK `{ $team }` nie ma koordynatora
rule-k017-no-coordinator-help = dodaj `coordinator = "<person-id>"` — pracownika OPS
rule-k017-not-ops = koordynator `{ $person }` GGK `{ $team }` nie pracuje w OPS
rule-k017-not-ops-help = zał. 5 §3.3: koordynatorem prac GGK jest wyznaczony pracownik OPS
rule-k018-summary = instytucja odpowiedzialna za zadanie należy do zespołu sprawy albo jest stroną porozumienia
rule-k018-explain = Zadania dzieli się między instytucje związane porozumieniem. Zał. 5 §4.3 pozwala dołączyć innym („Strony wyrażają zgodę na objęcie Porozumieniem innych instytucji”), dlatego to tylko ostrzeżenie: zapisz przystąpienie poleceniem `koop team sign` albo `koop team member add`.
rule-k018-outside = zadanie { $task } sprawy { $case } przypisano instytucji `{ $institution }`, która nie należy do zespołu `{ $team }` ani nie jest stroną porozumienia
rule-k018-outside-help = porozumienie pozwala dołączyć innym instytucjom (zał. 5 §4.3): zapisz jej podpis poleceniem `koop team sign`, a udział w zespole poleceniem `koop team member add`
rule-k019-summary = porozumienie podpisano przed przyjęciem planu i obowiązuje jeszcze w terminach jego zadań
rule-k019-explain = Instytucje działają na rzecz rodziny na podstawie porozumienia; plan przyjęty przed jego podpisaniem albo zadania z terminem po jego wygaśnięciu nie mają podstawy. Co zrobić: sprawdź daty albo zapisz nowe porozumienie (krok 9.3: PZK decyduje o kontynuacji).
rule-k019-before-signed = plan sprawy { $case } przyjęto ({ $adopted }) przed podpisaniem porozumienia
rule-k019-before-signed-help = praca z rodziną toczy się na podstawie podpisanego porozumienia; sprawdź daty
rule-k019-after-end = zadanie { $task } sprawy { $case } ma termin { $due }, po wygaśnięciu porozumienia ({ $until })
rule-k019-after-end-help = przedłuż porozumienie (nowe porozumienie, krok 9.3) albo przesuń termin na wcześniejszy
rule-k020-summary = za każdy miniony miesiąc sprawy w realizacji jest informacja o postępie od każdego, kto ma otwarte zadanie
rule-k020-explain = Zał. 7 wypełnia się „na podstawie miesięcznych informacji od pracowników instytucji”. Miesiąc bez informacji od odpowiedzialnego zostawia koordynatora bez wiedzy o postępach. Co zrobić: `koop monitor add <sprawa> --month … --task … --by …`.
rule-k020-reporter-task = { $who } (zadanie { $task })
rule-k020-missing-monitoring = sprawa { $case }: brak monitoringu od { $who } za { $months }{ $n ->
        [one] {""}
        [few] {" "}({ $n } miesiące)
       *[many] {" "}({ $n } miesięcy)
    }
rule-k020-missing-monitoring-help = { $n ->
        [one] uzupełnij monitoring: `koop monitor add { $case } --month { $first } --task … --by …`
       *[other] uzupełnij monitoring za każdy miesiąc, zaczynając od pierwszego: `koop monitor add { $case } --month { $first } --task … --by …`
    }
rule-k021-summary = zamknięta sprawa ma zapisane zakończenie ze sposobem przekazania i ocenę każdego celu szczegółowego
rule-k021-explain = Część C ocenia każdy cel szczegółowy („stopień osiągnięcia celu szczegółowego, przyczyny nieosiągnięcia”) przed zakończeniem pracy, a krok 9.3 ustala sposób przekazania osób/rodzin. Co zrobić: `koop eval add` ze wszystkimi celami, potem `koop case close --handover …`.
rule-k021-no-closure = sprawa { $case } jest zamknięta bez sekcji [closure]
rule-k021-no-closure-help = dodaj w [closure] date, handover i follow_up_until — albo użyj `koop case close`
rule-k021-no-handover = sprawa { $case } jest zamknięta, ale nie zapisano, jak przekazano rodzinę
rule-k021-no-handover-help = opisz sposób przekazania (krok 9.3) w `handover`
rule-k021-no-evaluation = sprawa { $case } jest zamknięta bez oceny
rule-k021-no-evaluation-help = pracę kończy część C: zapisz ją poleceniem `koop eval add … --end` przed zamknięciem sprawy
rule-k021-closed-before-evaluation = sprawę { $case } zamknięto { $date }, przed jej ostatnią oceną ({ $evaluation })
rule-k021-closed-before-evaluation-help = praca kończy się oceną: popraw datę zamknięcia
rule-k021-evaluation-not-final = sprawa { $case } jest zamknięta, ale jej ostatnia ocena wyznacza kolejną zamiast kończyć pracę
rule-k021-evaluation-not-final-help = część C: „data kolejnej ewaluacji/zakończenie pracy” — ustaw `end_of_work = true` (i usuń `next`)
rule-k021-goal-not-evaluated = sprawa { $case } jest zamknięta, ale cel { $goal } nie został oceniony
rule-k021-goal-not-evaluated-help = dopisz do oceny stopień osiągnięcia tego celu (część C) — `koop eval add`
rule-k022-summary = PZK ma porozumienie z datą podpisania i stronami
rule-k022-explain = Zadania dla instytucji w Modelu Kooperacji: „PZK funkcjonują w oparciu o podpisane porozumienie, deklarację.” Co zrobić: `koop team agreement <team> --signed …` i `koop team sign` dla każdej instytucji.
rule-k022-no-agreement = PZK `{ $team }` nie ma porozumienia
rule-k022-not-signed = PZK `{ $team }` ma porozumienie bez daty podpisania
rule-k022-no-signatories = PZK `{ $team }` ma porozumienie bez stron
rule-k022-help = zapisz je: `koop team agreement --signed …` i `koop team sign` dla każdej instytucji
rule-k023-summary = PZK ustala spotkania co najmniej raz na kwartał
rule-k023-explain = Załącznik nr 5 – Porozumienie, § 2: „Spotkania w ramach PZK odbywają się w miarę potrzeb, nie rzadziej niż raz na kwartał.” Założenia organizacyjne Modelu Kooperacji, pkt 10 zalecają spotkania co miesiąc. Co zrobić: ustaw `meeting_frequency_months` na 3 lub mniej.
rule-k023-too-rare = PZK `{ $team }` ustalił spotkania tylko co { $n ->
        [one] { $n } miesiąc
        [few] { $n } miesiące
       *[many] { $n } miesięcy
    }
rule-k023-too-rare-help = zał. 5 §2: „nie rzadziej niż raz na kwartał” — najwyżej 3; najlepiej spotykać się co miesiąc
rule-k023-no-frequency = PZK `{ $team }` nie ma ustalonej częstotliwości spotkań
rule-k023-no-frequency-help = dodaj w [agreement] `meeting_frequency_months = 3` (lub mniej)
rule-k024-summary = animatorzy mają czas na Model: animator powiatu pół etatu przy 1–4 gminach i pełny etat przy większej liczbie; animator gminy pracuje w OPS i ma zapisaną część etatu
rule-k024-explain = Założenia organizacyjne Modelu Kooperacji, pkt 5: „Wdrażanie Modelu i odpowiedzialność za 1-4 gminy to pół etatu, powyżej 1 etat.” Niezapisany etat jest zgłaszany, a nie traktowany jak pełny. O animatorze gminy ten sam dokument mówi: „animator gminny jako osoba do kontaktu powinien być pracownikiem GOPS, nie obarczony jednak dodatkowymi obowiązkami ale w sposób przemyślany np.; odjęcie innych obowiązków, np. ¼ etatu lub dodatkowe wynagrodzenie”. Ćwierć etatu to przykład („np.”), a dodatkowe wynagrodzenie to inna możliwość, więc wystarcza każda zapisana część etatu; zgłaszany jest animator spoza OPS albo bez zapisanego etatu. Co zrobić: zapisz etat animatora (`post`) — dla animatora powiatu co najmniej 0.5 przy 1–4 gminach, 1.0 przy większej liczbie, albo zmniejsz liczbę gmin; dla animatora gminy część etatu, którą poświęca Modelowi, np. 0.25.
rule-k024-no-post = animator powiatu `{ $person }` odpowiada za { $n ->
        [one] { $n } gminę
        [few] { $n } gminy
       *[many] { $n } gmin
    }, ale nie ma zapisanego etatu
rule-k024-no-post-help = Założenia organizacyjne Modelu Kooperacji, pkt 5: „1-4 gminy to pół etatu, powyżej 1 etat”: zapisz w pliku osoby `post = { $needed }` (albo faktyczny etat)
rule-k024-short-post = animator powiatu `{ $person }` odpowiada za { $n ->
        [one] { $n } gminę
        [few] { $n } gminy
       *[many] { $n } gmin
    } przy etacie { $post }
rule-k024-full-post-help = Założenia organizacyjne Modelu Kooperacji, pkt 5: „1-4 gminy to pół etatu, powyżej 1 etat” — pełny etat (post = 1.0)
rule-k024-half-post-help = Założenia organizacyjne Modelu Kooperacji, pkt 5: „1-4 gminy to pół etatu, powyżej 1 etat” — co najmniej pół etatu (post = 0.5)
rule-k024-gmina-not-ops = animator gminy `{ $person }` nie pracuje w OPS
rule-k024-gmina-not-ops-help = Założenia organizacyjne Modelu Kooperacji: „animator gminny jako osoba do kontaktu powinien być pracownikiem GOPS, nie obarczony jednak dodatkowymi obowiązkami ale w sposób przemyślany np.; odjęcie innych obowiązków, np. ¼ etatu lub dodatkowe wynagrodzenie”; wyznacz na animatora pracownika OPS
rule-k024-gmina-no-post = animator gminy `{ $person }` nie ma zapisanej części etatu przeznaczonej na Model
rule-k024-gmina-no-post-help = Założenia organizacyjne Modelu Kooperacji: „animator gminny jako osoba do kontaktu powinien być pracownikiem GOPS, nie obarczony jednak dodatkowymi obowiązkami ale w sposób przemyślany np.; odjęcie innych obowiązków, np. ¼ etatu lub dodatkowe wynagrodzenie”: zapisz czas zdjęty z innych obowiązków, np. `post = 0.25` w pliku osoby (`koop edit person { $person }`)
rule-k025-summary = porozumienie wygasa po dniu podpisania, a żadna strona nie przystępuje do niego przed podpisaniem
rule-k025-explain = Porozumienie ważne do dnia sprzed podpisania albo instytucja przystępująca do niego (zał. 5 §4.3), zanim powstało, to literówka. Co zrobić: popraw `valid_until`, `signed` albo `joined`.
rule-k025-ends-before-signed = porozumienie zespołu `{ $team }` wygasa ({ $until }) przed dniem podpisania ({ $signed })
rule-k025-ends-before-signed-help = popraw `valid_until` albo `signed`
rule-k025-joined-before = data przystąpienia `{ $institution }` ({ $joined }) jest wcześniejsza niż podpisanie porozumienia ({ $signed })
rule-k025-joined-before-help = `joined` wpisuje się instytucjom, które przystąpiły później; usuń tę datę albo ją popraw
rule-k026-summary = spotkanie ma wyznaczoną osobę do sporządzenia protokołu, a spotkanie, które się odbyło, ma protokół
rule-k026-explain = Zał. 2: „Z każdego spotkania powinien być sporządzany protokół [...] Dlatego należy pamiętać aby zawsze była obecna osoba odpowiedzialna za sporządzenie protokołu.” oraz, o spotkaniu inicjującym, „Należy ustalić osobę odpowiedzialną za sporządzenie protokoły”. Dlatego każde spotkanie wskazuje protokolanta (`minutes_by`), najlepiej z wyprzedzeniem, a spotkanie, które się odbyło, ma protokół. Co zrobić: `koop meeting minutes <meeting> --by <person>` (albo `koop meeting new … --minutes-by`) oraz `koop meeting minutes <meeting> --file protokol.txt`.
rule-k026-no-minutes-taker = spotkanie { $meeting } nie ma wyznaczonej osoby do sporządzenia protokołu
rule-k026-no-minutes-taker-help = zał. 2: „należy pamiętać aby zawsze była obecna osoba odpowiedzialna za sporządzenie protokołu” — `koop meeting minutes { $meeting } --by <osoba>`
rule-k026-no-minutes = spotkanie { $meeting } się odbyło, ale nie ma protokołu
rule-k026-no-minutes-help = zał. 2: „Z każdego spotkania powinien być sporządzany protokół” — `koop meeting minutes { $meeting } --file protokol.txt`
rule-k027-summary = protokół zatwierdza się na następnym spotkaniu zespołu
rule-k027-explain = Zał. 2: „Protokół powinien być zatwierdzany po wcześniejszym ustaleniu przez kooperantów na początku kolejnego spotkania.” Co zrobić: `koop meeting approve <spotkanie> --at <następne-spotkanie>`.
rule-k027-not-approved = protokołu ze spotkania { $meeting } nie zatwierdzono na następnym spotkaniu ({ $next })
rule-k027-not-approved-help = zał. 2: „Protokół powinien być zatwierdzany [...] na początku kolejnego spotkania” — `koop meeting approve { $meeting } --at { $next }`
rule-k028-summary = ustalenia ze spotkań, których termin minął, są wykonane
rule-k028-explain = Wśród zobowiązań partnerów zał. 3 §2 wymienia: „realizacja ustaleń i harmonogramu wynikającego ze spotkań Partnerskich”. Ustalenie po terminie i niewykonane trzeba omówić na następnym spotkaniu. Co zrobić: zapisz przy ustaleniu `done = YYYY-MM-DD` albo nowy termin `due`.
rule-k028-not-done = ustalenie ze spotkania { $meeting } miało termin { $due } i nie zostało wykonane: { $text }
rule-k028-not-done-help = zapisz `done = YYYY-MM-DD` albo wyznacz nowy termin na następnym spotkaniu
rule-k029-summary = spotkanie trwa najwyżej dwie godziny, nie w poniedziałek, piątek ani w święto, w godzinach 8:00–16:00
rule-k029-explain = Zał. 2: „Czas spotkania nie powinien być dłuższy niż dwie godziny”; „Starajmy się unikać organizacji spotkań na początku i końcu tygodnia, czyli poniedziałek i piątek”; „Ważne aby spotkanie odbywało się w godzinach pracy. Dla organizowania spotkań bezpieczne są godziny około południowe.” Dni ustawowo wolne (Poniedziałek Wielkanocny, Boże Ciało, 11 listopada, 24 grudnia od 2025 r., …) koop oblicza sam. Co zrobić: przenieś spotkanie.
rule-k029-slot = spotkanie { $meeting }: { $problem }
rule-k029-slot-help = Załącznik nr 2 – Scenariusz spotkania inicjującego spotkanie partnerskie: „Dla organizowania spotkań bezpieczne są godziny około południowe”
rule-k030-summary = obecni na spotkaniu należą do zespołu albo zostali zaproszeni
rule-k030-explain = Zał. 2: zaproszenie jest „kierowane na dyrektora instytucji/podmiotu ze wskazaniem w treści imiennie zapraszanego przedstawiciela”. Osoba z listy obecności, która nie należy do zespołu ani nie została zaproszona, to zwykle brakujący wpis zaproszenia. Co zrobić: `koop meeting invite` albo dodaj instytucję do zespołu.
rule-k030-not-invited = `{ $person }` ({ $institution }) jest na liście obecności spotkania { $meeting }, ale ani nie należy do zespołu `{ $team }`, ani nie ma zaproszenia
rule-k030-not-invited-help = zapisz zaproszenie (`koop meeting invite`) albo udział instytucji w zespole
rule-k031-summary = PZK spotyka się co najmniej tak często, jak ustalono w porozumieniu, i nigdy rzadziej niż raz na kwartał
rule-k031-explain = Załącznik nr 5 – Porozumienie, § 2: „Spotkania w ramach PZK odbywają się w miarę potrzeb, nie rzadziej niż raz na kwartał.” Ostrzeżenie podaje długość przerwy. Co zrobić: zaplanuj następne spotkanie poleceniem `koop meeting new`.
rule-k031-months = { $n ->
        [one] { $n } miesiąc
        [few] { $n } miesiące
       *[many] { $n } miesięcy
    }
rule-k031-more-than-months = ponad { $n ->
        [one] { $n } miesiąc
        [few] { $n } miesiące
       *[many] { $n } miesięcy
    }
rule-k031-gap-after-signing = PZK `{ $team }` nie spotkał się przez { $gap }, między podpisaniem porozumienia ({ $signed }) a spotkaniem { $meeting }
rule-k031-gap-between-meetings = PZK `{ $team }` nie spotkał się przez { $gap }, między spotkaniami { $before } i { $meeting }
rule-k031-gap-help = porozumienie przewiduje spotkania co najmniej co { $n ->
        [one] { $n } miesiąc
        [few] { $n } miesiące
       *[many] { $n } miesięcy
    } (zał. 5 §2: „nie rzadziej niż raz na kwartał”)
rule-k031-not-met-since-signing = PZK `{ $team }` nie spotkał się od podpisania porozumienia ({ $signed }), czyli przez { $gap }
rule-k031-not-met-since-meeting = PZK `{ $team }` nie spotkał się od spotkania { $before }, czyli przez { $gap }
rule-k031-plan-meeting-help = zaplanuj spotkanie: `koop meeting new --team { $team } …`
rule-k032-summary = członkowie rodziny i diagnoza sprawy są zaszyfrowani (members.toml.age, diagnosis.toml.age)
rule-k032-explain = Sprawy zawierają dane osobowe szczególnej kategorii (zdrowie, uzależnienia, nadzór kuratora), a zał. 5 §3.6 zobowiązuje członków GGK: „Wszystkich członków obowiązuje zasada tajności informacji przekazywanych na spotkaniach Grupy.” Repozytorium wędruje przez serwery git i laptopy, więc koop trzyma members.toml i diagnosis.toml zaszyfrowane kluczami zespołu (keys/). Co zrobić: gdy w keys/ są odbiorcy, `koop keys rotate` zaszyfruje każdy jawny plik i usunie wersję jawną; gdy nie ma żadnego, `koop keys add <your-name>` włączy szyfrowanie. Repozytorium szkoleniowe z wymyślonymi osobami może wyłączyć tę regułę w koop.toml ([check] allow = ["K032"]). Historia git zachowuje jawne wersje już zapisane w commitach (co z tym zrobić, opisuje docs/privacy.md).
rule-k032-plain-but-encrypted = { $file } zawiera niezaszyfrowane dane osobowe, choć to repozytorium je szyfruje
rule-k032-plain-but-encrypted-help = `koop keys rotate` zaszyfruje go (i każdy inny taki plik) i usunie wersję niezaszyfrowaną
rule-k032-plain = { $file } zawiera niezaszyfrowane dane osobowe
rule-k032-plain-help = `koop keys add <twoja-nazwa>` włączy szyfrowanie w repozytorium (docs/privacy.md)
rule-k033-summary = niezaszyfrowane pliki sprawy (sprawa, plan, monitoring, oceny) i rejestr udostępnień wskazują członków rodziny identyfikatorem, nie imieniem i nazwiskiem
rule-k033-explain = Zaszyfrowane są tylko members.toml i diagnosis.toml; sprawa, plan, monitoring i oceny pozostają czytelne, żeby zespół mógł nad nimi pracować, i wskazują członków rodziny identyfikatorem (koop pokazuje ich jako m1, m2). Imię lub nazwisko wpisane w ich treść (cel, zadanie, informację o postępie, przyczynę) albo w cel wpisu rejestru udostępnień dotyczącego sprawy (disclosures/) wędruje z repozytorium jawnym tekstem, wbrew zasadzie tajności z zał. 5 §3.6 („Wszystkich członków obowiązuje zasada tajności informacji przekazywanych na spotkaniach Grupy.”). Reguła szuka imienia i nazwiska każdego członka rodziny (także odmienionych: Kowalski, Kowalskiego), gdy członków da się odszyfrować. Co zrobić: zastąp imię i nazwisko numerem członka rodziny albo jego rolą („m1”, „matka”).
rule-k033-name = imię lub nazwisko członka rodziny { $member } występuje w pliku { $file }, który nie jest zaszyfrowany
rule-k033-name-help = wpisz zamiast tego `{ $member }` albo rolę w rodzinie; zaszyfrowane są tylko members.toml i diagnosis.toml
rule-k034-summary = nic nie jest wpisane dwa razy: spotkanie zespołu tego samego dnia o tej samej godzinie, informacja o postępie, ustalenie, zadanie
rule-k034-explain = Polecenie uruchomione dwa razy zostawia drugi, identyczny wpis: spotkanie zaplanowane dwa razy (`…-pzk-2`), tę samą informację o postępie zadania za jeden miesiąc (wydrukowaną dwa razy na zał. 7, dokumencie, który ludzie podpisują), ustalenie zapisane dwa razy w protokole, to samo zadanie dwa razy w jednym celu. Zmiana, która utworzyłaby taki duplikat, jest odrzucana; `--allow-duplicate` ją wymusza. Co zrobić: usuń drugi wpis (`koop meeting remove`, `koop monitor remove`, `koop meeting decision remove`, `koop task remove`).
rule-k034-meeting = spotkanie { $meeting } powtarza spotkanie { $first }: zespół `{ $team }`, { $date }, godz. { $time }
rule-k034-meeting-help = jeśli zaplanowano je dwa razy, usuń jedno z nich (`koop meeting remove { $meeting }`)
rule-k034-decision = ustalenie { $decision } ze spotkania { $meeting } powtarza wcześniejsze
rule-k034-decision-help = usuń je: `koop meeting decision remove { $meeting } { $decision }`
rule-k034-progress = sprawa { $case }: ta sama informacja o postępie zadania { $task } za { $month } od { $who } jest wpisana dwa razy
rule-k034-progress-help = na zał. 7 zostałaby wydrukowana dwa razy; usuń jedną z nich (`koop edit { $file }`)
rule-k034-task = zadanie { $task } sprawy { $case } powtarza wcześniejsze zadanie celu { $goal }
rule-k034-task-help = usuń je: `koop task remove { $case } { $task }`
rule-k035-summary = dane są w formacie, który czyta ta wersja koop (`format` w koop.toml)
rule-k035-explain = Format 2 daje każdemu członkowi rodziny, celowi, zadaniu, wpisowi monitoringu i ustaleniu własny identyfikator, a odwołania zawierają identyfikatory, dzięki czemu praca wykonana równolegle na dwóch kopiach repozytorium scala się bez tego, by jeden wpis zajął numer innego. Repozytorium albo wpis w formacie 1 (członkowie z `key = "m1"`, cele numerowane `id = 1`, odwołania przez numery) nie jest czytany, zamiast być czytany błędnie. Format 3 numeruje kroki cyklu kontynuacji tak jak schemat „KOLEJNE WDRAŻANIE” (6 realizacja, 7 ewaluacja i decyzja; w formacie 2 było 7 i 8). Co zrobić: `koop migrate` przenosi całe repozytorium do formatu 3 jedną zmianą (`koop undo` ją cofa); zapisz ją w commicie, zanim współpracownicy podejmą dalszą pracę.
rule-k036-summary = żaden plik nie zawiera nierozwiązanego konfliktu scalania
rule-k036-explain = Gdy dwie osoby na dwóch kopiach repozytorium zmienią tę samą wartość inaczej, git (ani sterownik scalania koop) nie wybierze za nie. git zostawia w pliku znaczniki konfliktu (`<<<<<<<`, `=======`, `>>>>>>>`); sterownik scalania koop zachowuje poprawny TOML i wpisuje obie wartości do tabeli `[[conflicts]]`. Dopóki konflikt nie jest rozwiązany, wpis nie jest tym, co miała na myśli którakolwiek z osób, więc polecenia zapisujące odmawiają działania. Co zrobić: `koop edit <file>` (albo dowolny edytor): zostaw właściwą wartość, usuń znaczniki albo wpis `[[conflicts]]`, potem `git add <file>` i `git commit`. Przykłady są w docs/collaboration.md.
rule-k037-summary = każdy zaszyfrowany plik jest zaszyfrowany dokładnie dla kluczy z keys/
rule-k037-explain = Dane osobowe są szyfrowane dla odbiorców wymienionych w keys/. Plik zapisany na kopii repozytorium, która jeszcze nie znała zmiany kluczy (usunięcia albo dodania współpracownika), jest zaszyfrowany dla starej listy: po scaleniu osoba, której klucz usunięto, nadal może go odczytać, a nowy współpracownik — nie. koop zapisuje odbiorców każdego pliku w `keys/.recipients`, gdy go zapisuje. Co zrobić: `koop keys rotate` szyfruje na nowo każdy taki plik dla obecnych kluczy.
rule-k038-summary = sprawa zakończona inaczej niż sukcesem (bez kwalifikacji, odmowa, wycofanie, przerwanie) mówi, kiedy i dlaczego
rule-k038-explain = Nie każde zgłoszenie kończy się planem: zespół kwalifikuje tylko pomoc, którą uznaje za potrzebną („uznana przez Zespół … za niezbędną”), i tylko za zgodą osoby lub rodziny („za zgodą osoby/rodziny”). Zgłoszenie, którego zespół nie zakwalifikował (`not-qualified`), odmowa osoby lub rodziny (`refused`), wycofanie zgłoszenia przez instytucję zgłaszającą (`withdrawn`) i praca przerwana przed osiągnięciem celów (`discontinued`) to osobne sposoby zakończenia, liczone w raportach i eksportach oddzielnie od spraw zamkniętych. Każdy wymaga sekcji `[outcome]` z datą (nie wcześniejszą niż zgłoszenie, kwalifikacja czy przyjęcie planu) i przyczyną; o `not-qualified` i `withdrawn` decyduje się przed kwalifikacją. Co zrobić: `koop case end <case> <outcome> --date … --reason …` albo `koop case reopen`, jeśli sprawa się nie zakończyła.
rule-k038-no-outcome = sprawa { $case } ma status { $status }, ale nie ma sekcji [outcome]
rule-k038-no-outcome-help = `koop case end { $case } { $status } --date … --reason …` zapisze, kiedy i dlaczego sprawa się zakończyła
rule-k038-not-ended = sprawa { $case } ma sekcję [outcome], ale jej status to { $status }
rule-k038-not-ended-help = ustaw status zgodny ze sposobem zakończenia (not-qualified, refused, withdrawn, discontinued) albo usuń [outcome]
rule-k038-no-reason = sprawa { $case } zakończyła się jako { $status } bez podania przyczyny
rule-k038-no-reason-help = dodaj w [outcome] `reason = "…"`
rule-k038-qualified = sprawa { $case } została zakwalifikowana, więc nie może zakończyć się jako { $status }
rule-k038-qualified-help = sprawa zakwalifikowana kończy się jako refused albo discontinued
rule-k038-ended-before = sprawa { $case } zakończyła się { $end }, przed { $what ->
        [referral] zgłoszeniem
        [qualification] kwalifikacją
       *[plan] przyjęciem planu
    } ({ $day })
rule-k038-ended-before-help = popraw datę w [outcome]
rule-k039-summary = ocena sprawy w realizacji jest zapisana do dnia wyznaczonego w poprzedniej ocenie
rule-k039-explain = Część C karty kończy się polem „data kolejnej ewaluacji/zakończenie pracy z osobą/rodziną”: każda ocena wyznacza termin następnej. `koop agenda` przypomina o niej wcześniej; gdy dzień minie bez oceny, mówi o tym ta reguła. Co zrobić: `koop eval add <case> --date … --main … --goal …` (z `--next` albo `--end`).
rule-k039-not-recorded = sprawa { $case }: brak oceny zaplanowanej na { $next } (termin wyznaczony w ocenie z { $last })
rule-k039-not-recorded-help = `koop eval add { $case } --date … --main …`, gdy ocena się odbędzie (część C)
rule-k040-summary = plan przyjmuje się po diagnozie (część A karty przed częścią B)
rule-k040-explain = Kartę planu pracy wypełnia się po kolei: część A opisuje i analizuje sytuację rodziny i kończy się polem „Zidentyfikowane problemy, potrzeby – wnioski z diagnozy”; część B wyznacza na ich podstawie cele i zadania. Plan przyjęty bez diagnozy albo przed nią nie ma na czym się oprzeć. Co zrobić: `koop case diagnosis <case> --date … --author …` (nagłówki części A, problemy i potrzeby), z datą nie późniejszą niż dzień przyjęcia planu.
rule-k040-no-diagnosis = plan sprawy { $case } przyjęto ({ $adopted }) bez diagnozy
rule-k040-before-diagnosis = plan sprawy { $case } przyjęto ({ $adopted }) przed diagnozą ({ $diagnosis })
rule-k040-help = najpierw część A: `koop case diagnosis { $case } --date … --author …`, z datą nie późniejszą niż przyjęcie planu
rule-k041-summary = PZK ma trzon zespołu z instytucji kluczowych, a należy do niego OPS
rule-k041-explain = Założenia organizacyjne Modelu Kooperacji, pkt 9: „Każdy G-PZK ustala grupę instytucji kluczowych - tzw „Trzon zespołu”, z którym jest podpisane porozumienie o kooperacji.” Należy do niego OPS, który animuje współpracę w gminie i koordynuje pracę z rodzinami. Co zrobić: `koop team member add <pzk> <institution> --core` dla instytucji kluczowych, w pierwszej kolejności dla OPS.
rule-k041-no-core = PZK `{ $team }` nie ma trzonu zespołu (instytucji kluczowych)
rule-k041-no-ops = w trzonie zespołu PZK `{ $team }` nie ma OPS
rule-k041-help = oznacz instytucje kluczowe, w pierwszej kolejności OPS: `koop team member add { $team } <institution> --core`
rule-k042-summary = GGK tworzą instytucje, które podpisały porozumienie, i GGK nie ma własnego porozumienia
rule-k042-explain = Zał. 5 §3.1: „Gminną Grupę Kooperacji tworzą przedstawiciele instytucji i podmiotów związanych z realizacją zadań na rzecz mieszkańców, którzy podpisali Porozumienie.” GGK jest częścią jednego porozumienia zawieranego przez partnerów (jego §3), więc opiera się na porozumieniu PZK i nie zawiera własnego; porozumienie zapisane w zespole GGK też zgłasza ta reguła. Dopóki nie zapisano żadnego porozumienia, zgłasza to K022, a ta reguła czeka. Co zrobić: niech instytucja podpisze porozumienie (`koop team sign <pzk> <institution> --representative …`) albo usuń ją z GGK (`koop team member remove <ggk> <institution>`); przenieś `[agreement]` z GGK do PZK.
rule-k042-own-agreement = GGK `{ $team }` ma własne porozumienie
rule-k042-own-agreement-help = zał. 5 §3: GGK powstaje na podstawie jednego porozumienia partnerów; zapisz porozumienie w PZK i usuń `[agreement]` z tego zespołu
rule-k042-not-signed = `{ $institution }` należy do GGK `{ $team }`, ale nie jest stroną porozumienia
rule-k042-not-signed-help = zał. 5 §3.1: GGK tworzą przedstawiciele instytucji, „którzy podpisali Porozumienie”; niech instytucja podpisze porozumienie (`koop team sign <pzk> { $institution } --representative …`) albo usuń ją z GGK (`koop team member remove { $team } { $institution }`)
rule-k043-summary = krok decyzji mówi, czy praca trwa dalej, czy współpraca się kończy, żaden cykl nie następuje po zakończeniu, pominięty krok to taki, który gmina może pominąć, a treść zgłoszenia do ROPS jest zapisana w kroku 2.4
rule-k043-explain = Model Kooperacji w gminach wiejskich, krok 9.3: „Decyzja PZK o kontynuacji prac lub zakończenie współpracy, ustalenie sposobu przekazania osób/rodzin”; cykl kontynuacji kończy krok 7 schematu „KOLEJNE WDRAŻANIE”: „Ewaluacja pracy zespołu, decyzja o kontynuacji prac Modelem”. Krok zapisuje, którą możliwość wybrano (`decision = "continue"` albo `"end"`), a kontynuacja („DECYZJA O KONTYNUACJI PRAC MODELEM KOOPERACJI”) nie może nastąpić po decyzji o zakończeniu. Założenia organizacyjne: „Ważne jest, by gminy mogły podjąć decyzję o wdrażaniu elementu bądź całego Modelu” — nieprzyjęte kroki wpisuje się w `[omitted]` z powodem; kroków ROPS (etap I) ani samej decyzji gmina nie pomija, a krok nie może być jednocześnie wykonany i pominięty. Co zrobić: `koop model step done 9.3 --decision continue|end`, `koop model step omit STEP --reason …` albo popraw plik cyklu. To, co mówi załącznik nr 1 (zgłoszenie do ROPS) — `resources_assessed`, `own_attempt`, `actions` — zapisuje się w kroku 2.4 pierwszego cyklu (`koop model step done 2.4 --resources-assessed --own-attempt --actions …`) i w żadnym innym kroku.
rule-k043-first-after = cykl { $cycle } jest pierwszym wdrażaniem, ale przed nim jest cykl { $previous }
rule-k043-not-after = cykl { $cycle } zaczyna się { $start }, czyli nie później niż cykl { $previous } ({ $previous_start })
rule-k043-before-decision = cykl { $cycle } zaczyna się { $start }, zanim w cyklu { $previous } zdecydowano o kontynuacji ({ $day })
rule-k043-order-help = cykle następują po sobie: pierwsze wdrażanie, potem kontynuacje, każda rozpoczęta po decyzji o kontynuacji (`kind = "continuation"`, późniejszy `start`)
rule-k043-after-end = cykl { $cycle } następuje po cyklu { $previous }, w którym { $day } zdecydowano o zakończeniu współpracy
rule-k043-after-end-help = krok 9.3: „Decyzja PZK o kontynuacji prac lub zakończenie współpracy” — kontynuacja następuje tylko po decyzji o kontynuacji; popraw `decision` w cyklu { $previous } albo usuń ten cykl
rule-k043-no-decision = cykl { $cycle } ma zapisany krok { $step } bez podjętej decyzji
rule-k043-no-decision-help = dodaj `decision = "continue"` albo `decision = "end"` w [steps."{ $step }"] („Decyzja PZK o kontynuacji prac lub zakończenie współpracy”)
rule-k043-rops-report = krok { $step } cyklu { $cycle } zawiera treść zgłoszenia do ROPS (`resources_assessed`, `own_attempt`, `actions`), która należy do kroku { $report_step } pierwszego cyklu
rule-k043-rops-report-help = przenieś je do [steps."{ $report_step }"] pierwszego cyklu (krok 2.4: „Zgłoszenie do ROPS”)
rule-k043-omits-unknown = cykl { $cycle } pomija `{ $step }`, a to nie jest żaden z jego kroków
rule-k043-done-and-omitted = krok { $step } cyklu { $cycle } jest zapisany jednocześnie jako wykonany i jako nieprzyjęty
rule-k043-omitted-but-shown = krok { $step } cyklu { $cycle } jest zapisany jako nieprzyjęty, ale z danych wynika, że został wykonany
rule-k043-omitted-no-reason = cykl { $cycle } pomija krok { $step } bez podania powodu
rule-k043-omits-decision = cykl { $cycle } pomija krok { $step }, czyli decyzję o kontynuacji lub zakończeniu, którą podejmuje się w każdym cyklu
rule-k043-omits-regional = cykl { $cycle } pomija krok { $step }, czyli krok ROPS (etap I), o którego przyjęciu nie decyduje to repozytorium
rule-k043-omitted-help = popraw [omitted]: wpisuje się tam kroki Modelu, których ta gmina lub ten powiat nie przyjmuje (kroki wypisuje `koop model status`)
rule-k044-summary = zgłoszenia i otwarte zadania mieszczą się w przebiegu Modelu (od początku pierwszego cyklu do końca ostatniego)
rule-k044-explain = Założenia organizacyjne Modelu Kooperacji, pkt 14: „Praca Modelem Kooperacji proponuje czas 18 m-cy” — ok. 3 miesiące organizacji, „do 13 m-cy” wsparcia osób i rodzin, ok. 2 miesiące podsumowania. Gdy przebieg jest zapisany (`koop model start`), rodzina zgłoszona przed jego początkiem albo po końcu i niewykonane zadanie z terminem po jego końcu to praca poza cyklem Modelu. Dopóki nie zapisano żadnego cyklu, reguła niczego nie zgłasza. Co zrobić: rozpocznij kontynuację (`koop model start --continuation`) dla pracy wykraczającej poza cykl albo popraw datę.
rule-k044-help = przebieg Modelu trwa od { $start } (cykl { $first }) do { $end } (cykl { $last }); popraw datę albo zapisz przebieg zgodnie z rzeczywistością (praca późniejsza: `koop model start --continuation`; wcześniejsza: `start` pierwszego cyklu)
rule-k044-referred = sprawę { $case } zgłoszono { $date }, { $when ->
        [before] przed początkiem przebiegu Modelu
        [after] po końcu przebiegu Modelu
       *[between] między cyklami przebiegu Modelu
    }
rule-k044-task-due = zadanie { $task } sprawy { $case } ma termin { $due }, po końcu przebiegu Modelu ({ $end })
rule-k045-summary = w repozytorium powiatu każdy OPS, każda sprawa i każda usługa gminy wskazuje swoją gminę (jedną z `[unit] gminy`, jeśli je wpisano); repozytorium gminy nie wskazuje innej
rule-k045-explain = Założenia organizacyjne Modelu Kooperacji, pkt 5: animator powiatu odpowiada za gminy („odpowiedzialność za 1-4 gminy to pół etatu, powyżej 1 etat”), a pkt 7 łączy je w „Gminno-Powiatowego Zespołu Kooperacji”: repozytorium powiatu zawiera pracę kilku gmin, a jego raporty i zestawienia (`koop export stats`, `koop report caseload`) dzielą się według gmin. Dlatego każdy OPS (jeden na gminę), każda sprawa i każda usługa świadczona w gminie wskazuje swoją gminę, zapisaną tak, jak podaje `[unit] gminy` w koop.toml. Gmina ma jeden OPS, a sprawę w powiecie koordynuje OPS jej gminy: drugi OPS wskazujący tę samą gminę i koordynator z OPS innej gminy są zgłaszane. W repozytorium gminy gminą jest gmina repozytorium, a wpis wskazujący inną jest zgłaszany. Co zrobić: `gmina = "…"` we wpisie (`--gmina` w `koop institution add`, `koop case new`, `koop service add`) albo dopisz gminę do `[unit] gminy` (`koop init powiat --gmina …`).
rule-k045-coordinator = sprawę { $case } z gminy `{ $gmina }` koordynuje `{ $coordinator }` z `{ $ops }`, OPS gminy `{ $theirs }`
rule-k045-coordinator-help = pracę z rodziną koordynuje OPS jej gminy: wskaż jednego z jego pracowników socjalnych albo popraw gminę sprawy
rule-k045-second-ops = OPS `{ $ops }` wskazuje gminę `{ $gmina }`, którą obsługuje już OPS `{ $first }`
rule-k045-second-ops-help = gmina ma jeden ośrodek pomocy społecznej: popraw gminę jednego z nich
rule-k045-no-gmina = { $kind ->
        [ops] OPS `{ $id }`
        [case] sprawa { $id }
       *[service] usługa `{ $id }`
    } nie wskazuje gminy
rule-k045-no-gmina-help = w repozytorium powiatu pracę liczy się według gmin: dodaj `gmina = "…"`
rule-k045-no-gmina-listed-help = w repozytorium powiatu pracę liczy się według gmin: dodaj `gmina = "…"` (jedną z: { $list })
rule-k045-not-listed = { $kind ->
        [ops] OPS `{ $id }`
        [case] sprawa { $id }
       *[service] usługa `{ $id }`
    } wskazuje gminę `{ $gmina }`, której nie ma wśród gmin powiatu
rule-k045-not-listed-did-you-mean = czy chodziło o `{ $best }`? Gminy powiatu są wpisane w koop.toml (`[unit] gminy`)
rule-k045-not-listed-help = gminy powiatu to: { $list } (koop.toml `[unit] gminy`); dopisz tam tę gminę, jeśli należy do powiatu
rule-k045-other-gmina = { $kind ->
        [ops] OPS `{ $id }`
        [case] sprawa { $id }
       *[service] usługa `{ $id }`
    } wskazuje gminę `{ $gmina }`, a to repozytorium należy do gminy { $unit }
rule-k045-other-gmina-help = repozytorium gminy zawiera tylko jej własną pracę: usuń `gmina` albo przechowuj ten wpis w repozytorium jego gminy lub powiatu
rule-k046-summary = przedstawiciel każdej strony porozumienia ma imię i nazwisko, które koop umie odmienić w bierniku, a jej siedziba miejscowość, którą koop umie odmienić w miejscowniku — albo te formy są zapisane
rule-k046-explain = Załącznik nr 3 wymienia każdą stronę „reprezentowanym/ą przez” jej przedstawiciela, a po polsku wymaga to biernika: „przez Małgorzatę Wiśniewską”, „przez Andrzeja Szymańskiego”. koop tworzy tę formę tam, gdzie rozstrzygają ją reguły języka (imiona, nazwiska na -ski/-cki/-dzki i na -a, nieodmienne nazwiska kobiet, nazwiska męskie bez zmiany samogłoski), a w pozostałych przypadkach drukuje imię i nazwisko bez odmiany, czego dyrektor by nie podpisał. Co zrobić: zapisz formę — `representative_accusative = "Krzysztofa Wróbla"` we wpisie strony w pliku zespołu (`--representative-accusative` w `koop team sign`) albo `director_accusative` w pliku instytucji, gdy podpisuje dyrektor (`--director-accusative` w `koop institution add`). Ten sam paragraf podaje siedzibę każdej strony, „z siedzibą w” miejscowości w miejscowniku i adres: koop bierze miejscowość z adresu z ulicą w miejscowości samego repozytorium (miejscownik z koop.toml), a w pozostałych przypadkach potrzebuje `locality_locative = "Dąbrówce"` w pliku instytucji (`--locality-locative`). Samo porozumienie jest „zawarte w” miejscowości, także w miejscowniku: koop bierze go z koop.toml, gdy to gmina samego repozytorium, a w pozostałych przypadkach z `--place-locative` w `koop team agreement`.
rule-k046-seat = porozumienie zespołu `{ $team }` podaje siedzibę `{ $institution }` jako „z siedzibą w …” (zał. 3), a koop nie umie ustalić z adresu miejscownika tej miejscowości
rule-k046-seat-help = zapisz go: `locality_locative = "…"` w institutions/{ $institution }/institution.toml („Dąbrówce” dla Dąbrówki)
rule-k046-name = porozumienie zespołu `{ $team }` wymienia `{ $name }` po „przez” (zał. 3), a koop nie umie utworzyć biernika tego imienia i nazwiska
rule-k046-representative-help = zapisz go: `representative_accusative = "…"` we wpisie tej strony porozumienia (dla nowej strony: `koop team sign … --representative-accusative`)
rule-k046-director-help = zapisz go: `director_accusative = "…"` w institutions/{ $institution }/institution.toml
rule-k046-place = porozumienie zespołu `{ $team }` zawarto w miejscowości `{ $place }`, którą zał. 3 drukuje po „zawarte w”, a koop nie umie utworzyć jej miejscownika
rule-k046-place-help = zapisz go: `koop team agreement { $team } --place-locative …` („Dąbrówce” dla Dąbrówki)
rule-k047-summary = porozumienie podpisane po zakończeniu projektu „Kooperacja – efektywna i skuteczna” podaje § 1 ust. 1 własnymi słowami stron
rule-k047-explain = Załącznik nr 5, § 1 ust. 1 mówi, że porozumienie zawiera się „w związku z realizacją … projektu pn. „Kooperacja – efektywna i skuteczna”, współfinansowanego ze środków EFS w ramach Programu Operacyjnego Wiedza Edukacja Rozwój 2014-20”, a przypis do niego: „W przypadku powoływania Zespołu po zakończeniu realizacji projektu, zapis będzie zmieniony”. Projekty programu zakończyły się wraz z okresem kwalifikowalności 31 grudnia 2023 r., więc zespół, którego porozumienie podpisano później, potrzebuje tego ustępu we własnym brzmieniu; wzór go nie podaje, a koop drukuje brzmienie projektowe, dopóki nie zostanie zapisane inne. Co zrobić: `koop team agreement TEAM --purpose "…"` (pole `purpose` porozumienia), które zastępuje § 1 ust. 1 i jego przypis.
rule-k047-purpose = porozumienie zespołu `{ $team }` podpisano { $signed }, po zakończeniu projektu „Kooperacja – efektywna i skuteczna”, a jego § 1 ust. 1 wciąż opisuje ten projekt
rule-k047-purpose-help = zał. 5, przypis 1: „W przypadku powoływania Zespołu po zakończeniu realizacji projektu, zapis będzie zmieniony” — zapisz własne brzmienie: `koop team agreement { $team } --purpose "…"`
rule-k048-summary = pakiet w rejestrze udostępnień mieścił się w zgodzie obowiązującej w dniu udostępnienia: odbiorca objęty zgodą, kategorie dozwolone, żadna zgoda nie była wycofana
rule-k048-explain = Zespół pracuje na danych rodziny tylko za jej zgodą (Założenia organizacyjne Modelu Kooperacji, pkt 6: „za zgodą osoby/rodziny”), a informacje przekazywane w grupie są poufne (Załącznik nr 5, § 3 pkt 6: „Wszystkich członków obowiązuje zasada tajności informacji przekazywanych na spotkaniach Grupy.”). `koop share` daje instytucji tylko to, na co pozwalają obowiązujące zgody (`[[consent.share]]`), i odmawia po wycofaniu zgody; wpis rejestru powstały inaczej — w klonie, który nie wiedział jeszcze o wycofaniu, starszą wersją koop albo ręcznie — jest zgłaszany tutaj. Co zrobić: powiadom inspektora ochrony danych (IOD), poproś instytucję o zwrot lub zniszczenie pakietu i odnotuj to; wpis zostaje w rejestrze jako zapis tego, co się stało.
rule-k048-package = sprawa { $case }: pakiet dla `{ $to }` z dnia { $date } { $why }
rule-k048-package-help = powiadom inspektora ochrony danych (IOD) i poproś instytucję o zwrot lub zniszczenie pakietu; wpis zostaje w rejestrze
rule-k048-beyond = zawierał dane, na które żadna obowiązująca zgoda nie pozwalała: { $categories }
rule-k048-withdrawn = został sporządzony po wycofaniu zgody przez { $member } w dniu { $date }
rule-k048-no-consent = został sporządzony, gdy nie obowiązywała żadna zgoda
rule-k048-no-scope = został sporządzony, gdy żadna zgoda nie określała zakresu udostępniania
rule-k048-not-covered = trafił do odbiorcy, którego zgoda nie obejmuje
rule-k049-summary = po wycofaniu zgody przez członka rodziny (i bez nowej zgody) nie zapisuje się monitoringu
rule-k049-explain = Założenia organizacyjne Modelu Kooperacji, pkt 6: praca toczy się „za zgodą osoby/rodziny”. Członek rodziny może wycofać zgodę w każdej chwili (`koop case consent … --withdraw`); od tego dnia monitoring planu, który zbiera od instytucji informacje o rodzinie, wymaga nowej zgody. K011 zgłasza sprawę, w której wycofano wszystkie zgody; ta reguła zgłasza każdy wpis monitoringu z datą po wycofaniu zgody przez jednego członka. Co zrobić: zapisz nową zgodę, jeśli jej udzielono (`koop case consent`), albo zakończ sprawę (`koop case end … przerwana`) i usuń wpisy zrobione bez zgody.
rule-k049-monitoring = sprawa { $case }: monitoring z dnia { $day } zapisany po wycofaniu zgody przez { $member } w dniu { $date }
rule-k049-monitoring-help = zapisz nową zgodę, jeśli jej udzielono (`koop case consent { $case } …`), albo zakończ sprawę
## store: wczytywanie, zapis i model (store/, model/, text.rs, error.rs)

io-read = nie można odczytać { $path }
io-write = nie można zapisać { $path }
io-create = nie można utworzyć { $path }
io-create-folder = nie można utworzyć folderu { $path }
io-create-temporary-file = nie można utworzyć pliku tymczasowego w { $path }
io-remove = nie można usunąć { $path }
io-lock = nie można zablokować { $path }
io-open-lock-file = nie można otworzyć pliku blokady { $path }
io-set-permissions = nie można ustawić uprawnień { $path }
io-commit = nie można zatwierdzić zapisu { $path }
io-other = nie można wykonać czynności „{ $action }” na { $path }
text-or = { $first } lub { $second }
model-slot-ends-before-start = kończy się ({ $end }) przed rozpoczęciem ({ $start })
model-slot-monday-or-friday = { $date } to { $day ->
    [1] poniedziałek
    [5] piątek
    [6] sobota
   *[7] niedziela
}: „Starajmy się unikać organizacji spotkań na początku i końcu tygodnia, czyli poniedziałek i piątek”
model-slot-weekend = { $date } to { $day ->
    [1] poniedziałek
    [5] piątek
    [6] sobota
   *[7] niedziela
}: „Ważne aby spotkanie odbywało się w godzinach pracy”
model-slot-holiday = { $date } to dzień wolny od pracy ({ $holiday }): „Ważne aby spotkanie odbywało się w godzinach pracy”
model-slot-outside-hours = { $start }–{ $end } wypada poza godzinami pracy (8:00–16:00): „Ważne aby spotkanie odbywało się w godzinach pracy”
model-slot-too-long = trwa { $hours } h { $minutes } min: „Czas spotkania nie powinien być dłuższy niż dwie godziny”
model-time-bad = `{ $value }` to nie jest godzina; wpisz ją jako HH:MM, np. 10:00
model-time-out-of-range = `{ $value }` to nie jest godzina w ciągu doby
model-case-not-qualified-hint = sprawa nie jest zakwalifikowana: nie ma czego cofać
model-case-plan-adopted-hint = plan sprawy jest już przyjęty: `koop undo` zaraz po `koop case activate` to cofa; w innym wypadku popraw sprawę (`koop edit`)
model-case-not-ended-hint = sprawa nie jest zakończona: nie ma czego wznawiać
model-case-never-qualified-hint = sprawa nie została zakwalifikowana: można ją zakończyć jako `not-qualified`, `refused` albo `withdrawn` (`koop case end …`)
model-case-qualified-hint = sprawa jest zakwalifikowana: można ją zakończyć jako `discontinued` (albo `refused`, dopóki plan nie jest przyjęty) (`koop case end …`)
model-action-add-member = dodać członka rodziny
model-action-consent = zapisać zgody
model-action-withdraw-consent = zapisać wycofania zgody
model-action-qualify = zakwalifikować sprawy
model-action-unqualify = cofnąć kwalifikacji
model-action-diagnose = zapisać diagnozy
model-action-plan = zaplanować celów i zadań
model-action-activate = przyjąć planu
model-action-finish-task = oznaczyć zadania jako wykonanego
model-action-monitor = zapisać monitoringu
model-action-evaluate = dokonać oceny
model-action-close = zamknąć sprawy
model-action-reopen = wznowić sprawy
model-action-end-not-qualified = zapisać, że sprawa nie została zakwalifikowana
model-action-end-refused = zapisać odmowy osoby lub rodziny
model-action-end-withdrawn = zapisać wycofania zgłoszenia
model-action-end-discontinued = przerwać sprawy
model-status-referred = zgłoszona
model-status-qualified = zakwalifikowana
model-status-active = w realizacji
model-status-closed = zamknięta
model-status-not-qualified = niezakwalifikowana
model-status-refused = zakończona odmową
model-status-withdrawn = wycofana
model-status-discontinued = przerwana
model-case-referred-next = najpierw zapisz zgodę i zakwalifikuj sprawę (`koop case consent`, `koop case qualify`)
model-case-qualified-next = najpierw przyjmij plan (`koop case activate`)
model-case-active-next = sprawa jest w realizacji (`koop case close` kończy pracę)
model-case-closed-next = sprawa jest zamknięta (`koop case reopen` ją wznawia)
model-case-ended-next = sprawa jest zakończona (`koop case reopen` ją wznawia)
model-consent-expecting = tabela [consent] albo lista tabel [[consent]]
model-month-bad = `{ $value }` to nie jest miesiąc; wpisz go jako YYYY-MM, np. 2026-05
model-month-no-month = w `{ $value }` nie ma miesiąca { $month }; miesiące mają numery od 01 do 12
model-evidence-initiating-meeting = spotkanie inicjujące { $id }
model-evidence-agreement = podpisane porozumienie zespołu { $team }
model-evidence-plan = przyjęty plan sprawy { $case }
model-evidence-new-agreement = podpisane nowe porozumienie zespołu { $team }
date-not-a-date = `{ $value }` to nie jest data; wpisz ją jako YYYY-MM-DD, np. 2026-03-12
date-no-month = w `{ $value }` nie ma miesiąca { $month }; miesiące mają numery od 01 do 12
date-no-day = `{ $value }` nie istnieje: ten miesiąc nie ma dnia { $day }
date-expected = tu ma być data w postaci YYYY-MM-DD, np. 2026-03-12
date-no-such-day = { $value } nie istnieje: ten miesiąc nie ma dnia { $day }
date-with-time = tu ma być sama data, bez godziny, np. 2026-03-12, a jest { $value }
id-empty = jest pusty
id-path-separator = zawiera ukośnik, który oddziela foldery w ścieżce
id-dot-dot = zawiera `..`
id-bad-char = zawiera { $char }; dozwolone są tylko a-z, 0-9 i -
id-bad-hyphen = zaczyna się albo kończy na `-` lub zawiera `--`; oddzielaj słowa pojedynczym łącznikiem
id-too-long = { $n ->
    [one] ma { $n } znak; dozwolone jest najwyżej { $max }
    [few] ma { $n } znaki; dozwolone jest najwyżej { $max }
   *[many] ma { $n } znaków; dozwolone jest najwyżej { $max }
}
registry-named-by-path = wpisy rodzaju `{ $kind }` wskazuje się ścieżką pliku ({ $pattern })
registry-cycle-hint = bieżący cykl pokazuje `koop model status`
registry-list-hint = listę pokazuje `koop { $kind } list`
registry-not-found = { $kind ->
    [institution] nie ma instytucji o identyfikatorze `{ $id }`
    [person] nie ma osoby o identyfikatorze `{ $id }`
    [team] nie ma zespołu o identyfikatorze `{ $id }`
    [service] nie ma usługi o identyfikatorze `{ $id }`
    [meeting] nie ma spotkania o identyfikatorze `{ $id }`
    [cycle] nie ma cyklu o numerze `{ $id }`
   *[other] nie ma wpisu rodzaju `{ $kind }` o identyfikatorze `{ $id }`
}
load-keys-fix-hint = popraw albo usuń plik klucza, potem uruchom `koop keys rotate`
load-unmerged = nierozwiązany konflikt scalania: niedokończony `git { $operation }` zostawił { $path } bez scalenia
load-unmerged-hint = uruchom `koop git resolve { $path }`: scali obie strony według identyfikatorów (plik zaszyfrowany odszyfruje i zaszyfruje ponownie) albo powie, co trzeba wybrać
load-file-for-folder = { $path } jest plikiem, a w tym miejscu powinien być folder
load-records-live-at = wpisy w { $top }/ mają ścieżki { $patterns }
load-cannot-read = nie można odczytać { $path }: { $error }
load-folder-unreadable-hint = dane w tym folderze są pomijane, dopóki nie da się go odczytać: nadaj sobie prawo odczytu (`ls -ld { $path }` pokaże, czyj jest)
load-symlink = { $path } to dowiązanie symboliczne; koop nie podąża za dowiązaniami
load-symlink-hint = umieść tu sam plik albo folder (dowiązania nie na każdym systemie przechodzą przez git)
load-folder-for-file = { $path } jest folderem, a w tym miejscu powinien być plik wpisu
load-folder-for-file-hint = przenieś jego zawartość gdzie indziej i usuń folder
load-not-a-record-in-case = { $path } nie jest wpisem koop, więc nie jest zaszyfrowany: git udostępniłby go otwartym tekstem
load-not-a-record-in-case-hint = skany i notatki o rodzinie trzymaj w dokumentacji instytucji, nie w repozytorium; usuń ten plik (także z historii gita, jeśli trafił do commita)
load-not-a-record = { $path } nie jest wpisem, który koop czyta
load-not-a-record-hint = wpisy w { $top }/ mają ścieżki { $patterns }; przenieś plik albo zmień jego nazwę
load-format-outdated = dane repozytorium są w formacie { $found }; ta wersja koop czyta format { $current }
load-format-outdated-hint = uruchom raz `koop migrate`, zrób commit zmiany i poproś współpracowników, by przed dalszą pracą zaktualizowali koop
load-format-newer = format { $found } jest nowszy niż ten, który czyta ta wersja koop (format { $current })
load-format-newer-hint = zainstaluj nowszą wersję koop (`cargo install --path .` w zaktualizowanej kopii źródeł)
load-bad-id = `{ $id }` w { $path } nie jest poprawnym identyfikatorem: { $reason }
load-bad-id-hint = zmień nazwę na `{ $suggestion }` (i popraw odwołania)
load-markers-reason = plik zawiera znaczniki konfliktu gita: scalanie nie zostało dokończone (`koop git resolve`)
load-damaged = nie można odszyfrować { $path }: plik jest uszkodzony albo nie jest plikiem age ({ $error })
load-restore-hint = przywróć go z gita (`git log -- { $path }`, `git checkout <commit> -- { $path }`)
load-decrypted-not-utf8 = { $path } po odszyfrowaniu nie jest poprawnym tekstem UTF-8 (wiersz { $line }, kolumna { $column })
load-not-utf8 = plik nie jest poprawnym tekstem UTF-8
load-not-utf8-hint = zapisz plik w kodowaniu UTF-8 (w większości edytorów: „Zapisz jako” i kodowanie UTF-8)
load-name-not-utf8 = { $path }: nazwa nie jest poprawnym tekstem UTF-8, więc koop nie może odczytać zawartości ani wskazać jej w rekordach
load-name-not-utf8-hint = zmień nazwę na zapisaną w UTF-8 (zrobi to menedżer plików albo `mv` w systemie ustawionym na UTF-8)
load-recipients-extra = { $n ->
    [one] { $n } klucz, którego nie ma już w { $dir }/, nadal może go odczytać
    [few] { $n } klucze, których nie ma już w { $dir }/, nadal mogą go odczytać
   *[many] { $n } kluczy, których nie ma już w { $dir }/, nadal może go odczytać
}
load-recipients-missing = { $n ->
    [one] { $names } nie może go odczytać
   *[other] { $names } nie mogą go odczytać
}
load-recipients-differ = { $path } jest zaszyfrowany dla innych kluczy, niż wymienia { $dir }/: { $why }
load-recipients-differ-hint = zapisano go tam, gdzie klucze nie były jeszcze zmienione (w równoległej kopii repozytorium); `koop keys rotate` zaszyfruje każdy plik dla kluczy, które są teraz na liście
load-markers = { $n ->
    [one] nierozwiązany konflikt scalania: { $n } wiersz ze znacznikami konfliktu gita
    [few] nierozwiązany konflikt scalania: { $n } wiersze ze znacznikami konfliktu gita
   *[many] nierozwiązany konflikt scalania: { $n } wierszy ze znacznikami konfliktu gita
}
load-markers-encrypted-hint = uruchom `koop git resolve { $path }`: scali obie wersje według identyfikatorów, odszyfrowując je i szyfrując wynik
load-markers-hint = zostaw właściwe wiersze i usuń znaczniki (<<<<<<<, =======, >>>>>>>) albo uruchom `koop git resolve { $path }`, by scalić obie strony według identyfikatorów; potem `git add { $path }`
load-conflict-none = (brak)
load-conflict-personal = nierozwiązany konflikt scalania w `{ $key }` (wartości ukryte, bo to dane osobowe; pokaże je `koop edit { $path }`)
load-conflict = nierozwiązany konflikt scalania w `{ $key }`: nasza wersja { $ours }, ich wersja { $theirs }
load-conflict-hint = wpis zachowuje naszą wersję (`ours`); ustaw właściwą wartość (`koop edit { $path }`), potem usuń ten wpis [[conflicts]]
load-outdated = { $path } ma format danych z wcześniejszej wersji koop: { $why }
load-outdated-hint = uruchom `koop migrate`, który nada każdej pozycji identyfikator (docs/format.md, „Identities”)
load-list-for-table = `{ $key }` jest tu listą, a w tym wpisie pod tym kluczem powinna być tabela
load-list-for-table-hint = zapisz to jako tabelę: [{ $key }] z jednym `key = value` w wierszu (klucze wymienia docs/format.md)
load-missing-key = brak klucza `{ $key }`
load-add-key-hint = dodaj `{ $key } = …` do tej tabeli (klucze wymienia docs/format.md)
load-number-u8 = liczba całkowita od 0 do 255
load-number-u16 = liczba całkowita od 0 do 65535
load-number-u32 = liczba całkowita od 0 do 4294967295
load-number-unsigned = liczba całkowita nie mniejsza niż 0
load-number-whole = liczba całkowita
load-number = liczba
load-did-you-mean = czy chodziło o `{ $suggestion }`?
load-expected-one-of = dozwolone są: { $list }
load-remove-key = usuń ten klucz
load-remove-value = usuń tę wartość
load-unknown-key = nieznany klucz `{ $key }`
load-not-allowed = wartość `{ $value }` jest tu niedozwolona
load-add-id-hint = dodaj `id = "{ $id }"` — identyfikator, który koop wylosował dla tej pozycji (docs/format.md, „Identities”)
load-expected-quoted = dozwolone są: { $list } (w cudzysłowie)
load-key-takes = ten klucz przyjmuje: { $expected }
load-key-takes-other = ten klucz przyjmuje wartość innego typu
load-wrong-type = zły typ wartości: { $detail }
load-date-hint = wpisz istniejącą datę jako YYYY-MM-DD
load-time-hint = wpisz godzinę w cudzysłowie jako "HH:MM", np. start = "10:00"
load-invalid-date = błędna data: { $detail }
load-invalid-value = niewłaściwa wartość: { $detail }
load-invalid-toml = błąd składni TOML: { $detail }
load-syntax-hint = popraw tu składnię TOML (opisuje ją https://toml.io)
load-orphans = w cases/{ $dir }/ nie ma pliku case.toml; pozostałe pliki tego folderu nie są czytane
load-orphans-hint = przywróć case.toml (pokaże go `git log -- cases/`) albo usuń folder
store-edit-not-utf8 = { $path }:{ $line }:{ $column }: plik nie jest poprawnym tekstem UTF-8
store-edit-not-utf8-hint = zapisz plik w kodowaniu UTF-8 i uruchom polecenie ponownie
store-edit-not-toml = { $path }: to nie jest poprawny TOML
store-edit-cannot-edit = nie można zmienić { $location }
store-edit-fix-hint = najpierw popraw plik ręcznie (`koop check` pokaże, gdzie)
store-format1-members = członkowie rodziny mają w nim `key` (m1, m2, …) zamiast identyfikatora
store-format1-plan = cele i zadania mają w nim numery zamiast identyfikatorów
store-format1-monitoring = jego wpisy nie mają identyfikatorów, a zadania wskazują numerem
store-format1-evaluation = wskazuje cele numerem zamiast identyfikatorem
store-git-cannot-run = nie można uruchomić gita
store-git-install-hint = zainstaluj git (https://git-scm.com)
store-git-failed = polecenie `git { $args }` zakończyło się błędem
merge-base-not-toml = wspólna wersja wyjściowa nie jest poprawnym TOML-em: { $error }
merge-ours-not-toml = nasza wersja nie jest poprawnym TOML-em: { $error }
merge-theirs-not-toml = ich wersja nie jest poprawnym TOML-em: { $error }
merge-removed-theirs = usunięte po ich stronie, zmienione po naszej
merge-removed-ours = usunięte po naszej stronie, zmienione po ich
merge-changed-both = zmienione inaczej po obu stronach
merge-conflicts-note =
    # Konflikt scalania: dwie osoby zmieniły to samo na dwa różne sposoby. Wpis powyżej
    # zachowuje naszą wersję (`ours`; a tam, gdzie jedna strona coś usunęła, wersję strony,
    # która to zmieniła); ustaw właściwą wartość (usuń ją z wpisu, by przyjąć usunięcie),
    # potem usuń tę notatkę i każdy wpis [[conflicts]].
store-not-a-repository = to nie jest repozytorium koop: nie ma pliku { $file } w { $path } ani w żadnym folderze wyżej
store-not-a-repository-hint = uruchom `koop init gmina --name <NAME>`, by je założyć, albo wskaż je opcją `-C <DIR>`
store-config-unreadable = nie udało się odczytać { $file }
store-config-unreadable-hint = uruchom `koop check`, by zobaczyć, co jest z nim nie tak
oplog-damaged-bytes = dziennik operacji jest uszkodzony (nie da się odczytać zapisanej zawartości pliku)
oplog-new-log-hint = usuń { $path }, by zacząć nowy dziennik (cofanie nie sięgnie wtedy dalej wstecz)
oplog-damaged = { $path } jest uszkodzony
oplog-cannot-write = nie można zapisać dziennika operacji
oplog-cannot-undo = nie można cofnąć operacji { $id } ({ $description }): od tamtej pory zmieniono { $files }
oplog-cannot-undo-hint = cofnąć można tylko zmianę, której pliki są takie, jak je zostawiła; zamiast tego popraw wpis poleceniem `koop edit`
oplog-gitignore = lokalny dziennik operacji koop (koop log, koop undo); nigdy nie trafia do wspólnego repozytorium
renumber-shared = jest już we wspólnym repozytorium
renumber-first = została zgłoszona jako pierwsza
tx-cannot-decrypt = nie można odszyfrować { $path }: { $reason }
tx-identity-hint = ustaw w KOOP_IDENTITY ścieżkę do pliku swojego klucza prywatnego (docs/privacy.md)
write-exists = { $path } już istnieje; koop nie nadpisuje wpisów
tx-exists-hint = zmień ten plik (`koop edit`) albo wybierz inny identyfikator
tx-missing = { $path } nie istnieje
tx-no-recipients = { $path } jest zaszyfrowany, ale repozytorium nie ma żadnych odbiorców w { $dir }/
tx-no-recipients-hint = dodaj z powrotem klucze zespołu (`koop keys add`) i spróbuj ponownie
tx-does-not-load = nie da się wczytać { $path }
tx-folder-for-file = { $path } jest folderem, a koop oczekuje tu pliku
tx-broken = nie da się wczytać { $path }, więc koop nie zmieni ani tego pliku, ani niczego, co od niego zależy
tx-broken-hint = najpierw go popraw: `koop edit { $path }` (albo dowolnym edytorem), potem uruchom `koop check`
write-locked = inny koop zapisuje do tego repozytorium już ponad { $seconds } s ({ $path } jest zablokowany)
write-locked-hint = poczekaj, aż skończy, i spróbuj ponownie; jeśli żaden koop nie działa, blokada zwolni się sama, gdy jego proces się zakończy
write-exists-hint = zmień ten plik albo wybierz inny identyfikator
crypt-bad-age-key = to nie jest poprawny klucz publiczny age: { $error }
crypt-rsa = klucze SSH typu RSA nie są przyjmowane (kod RSA, którego użyłby age, ma nienaprawioną podatność, RUSTSEC-2023-0071); użyj klucza ssh-ed25519 albo klucza age
crypt-only-ed25519 = przyjmowane są tylko klucze SSH typu ssh-ed25519
crypt-bad-ssh-key = to nie jest poprawny klucz publiczny ssh-ed25519: { $error }
crypt-expected-key = tu ma być klucz publiczny age (`age1…`) albo klucz publiczny SSH (`ssh-ed25519 AAAA…`)
crypt-both = istnieją oba pliki: { $plain } i { $sealed }; niczego nie zmieniono
crypt-both-hint = scal je ręcznie: `koop case show <case> --reveal` pokaże zaszyfrowany; potem usuń { $plain } i wpisz jego treść poleceniami koop
crypt-not-utf8 = { $path }:{ $line }:{ $column }: to nie jest tekst UTF-8
crypt-private-key = { $path }:{ $line }:1: to jest klucz PRYWATNY, a ten nigdy nie może trafić do repozytorium
crypt-private-key-hint = od razu usuń { $path } (także z historii gita, jeśli trafił do commita), utwórz nowy klucz prywatny poleceniem `koop keys generate` i dodaj jego klucz publiczny
crypt-fix-keys-hint = popraw albo usuń plik (`koop keys remove`), potem uruchom `koop keys rotate`
crypt-no-public-key = nie można ustalić klucza publicznego dla twojego klucza prywatnego { $path }
crypt-no-public-key-hint = umieść obok niego klucz publiczny (ta sama nazwa z `.pub`) albo podaj go: `koop keys add <name> ~/.ssh/id_ed25519.pub`
crypt-cannot-read-identity = nie można odczytać twojego klucza prywatnego { $path }
crypt-identity-hint = ustaw w KOOP_IDENTITY ścieżkę do pliku swojego klucza prywatnego albo utwórz go poleceniem `koop keys generate`
crypt-identity-not-text = { $path }: plik klucza prywatnego powinien być tekstem, a ten nim nie jest
crypt-bad-ssh-identity = { $path }: to nie jest klucz prywatny SSH, którego koop może użyć
crypt-passphrase = { $path }: klucz SSH jest chroniony hasłem, a koop nie umie o nie zapytać
crypt-passphrase-hint = użyj w koop klucza age (`koop keys generate`)
crypt-unsupported-ssh = { $path }: ten rodzaj klucza SSH nie jest obsługiwany
crypt-unsupported-ssh-hint = użyj klucza ssh-ed25519 albo klucza age (`koop keys generate`)
crypt-public-not-private = { $path }:{ $line }: to jest klucz publiczny, a potrzebny jest twój klucz prywatny
crypt-public-not-private-hint = wskaż w KOOP_IDENTITY plik klucza prywatnego (dla SSH: ta sama nazwa bez `.pub`)
crypt-not-age-identity = { $path }:{ $line }: to nie jest klucz prywatny age (AGE-SECRET-KEY-1…)
crypt-not-age-identity-hint = plik klucza prywatnego tworzy `koop keys generate` albo age-keygen
crypt-no-key = { $path } nie zawiera żadnego klucza
crypt-no-identity = to wymaga danych osobowych, które są zaszyfrowane, a nie masz klucza prywatnego, by je odszyfrować
crypt-no-identity-hint = ustaw w KOOP_IDENTITY ścieżkę do pliku swojego klucza prywatnego (domyślnie: { $path }); jeśli go nie masz, utworzy go `koop keys generate`, a współpracownik doda cię poleceniem `koop keys add`
crypt-identity-file =
    # klucz prywatny koop: nikomu go nie udostępniaj i zrób jego kopię zapasową; bez niego nie odczytasz spraw.
    # klucz publiczny: { $public }
crypt-damaged = plik jest uszkodzony albo nie jest plikiem age
crypt-reason-no-identity = nie masz klucza prywatnego (KOOP_IDENTITY albo { $path }; utworzy go `koop keys generate`)
crypt-reason-bad-identity = nie można użyć twojego klucza prywatnego: { $error }
crypt-reason-not-for-you = plik nie jest zaszyfrowany dla twojego klucza ({ $path }); współpracownik, który może go odczytać, doda cię poleceniem `koop keys add`
crypt-reason-damaged = { crypt-damaged }: { $error }
crypt-cannot-encrypt = nie można zaszyfrować
## cmdb: commands (git, sync, keys, doc, init, edit, check, completions, migrate, diff, undo, report, agenda, export, output), cli.rs, complete.rs, doc/, report/

# commands/mod.rs: to, co wspólne dla wszystkich poleceń
commands-strict-skipped = { $n ->
    [one] nie udało się odczytać { $n } pliku z danymi: { $files }
   *[many] nie udało się odczytać { $n } plików z danymi: { $files }
}
commands-strict-unreadable = { $n ->
    [one] nie udało się odczytać { $n } folderu: { $folders }
   *[many] nie udało się odczytać { $n } folderów: { $folders }
}
commands-strict-skipped-hint = `koop check` pokaże, co jest nie tak; bez --strict to, czego nie udało się odczytać, zostanie pominięte
commands-merge-conflicts-left = { $n ->
    [one] { $n } nierozwiązany konflikt scalania (lista: `koop check`): pokazane dane to wersja z tej kopii repozytorium
    [few] { $n } nierozwiązane konflikty scalania (lista: `koop check`): pokazane dane to wersja z tej kopii repozytorium
   *[many] { $n } nierozwiązanych konfliktów scalania (lista: `koop check`): pokazane dane to wersja z tej kopii repozytorium
}
commands-unfinished-merge-note = git nie dokończył scalania (merge); `koop sync` je dokończy
commands-unfinished-note = git nie dokończył operacji { $operation }; `git status` podpowie, jak ją dokończyć
commands-skipped = { $n ->
    [one] nie udało się odczytać { $n } pliku z danymi, pominięto go: { $files }; szczegóły pokaże `koop check`
   *[many] nie udało się odczytać { $n } plików z danymi, pominięto je: { $files }; szczegóły pokaże `koop check`
}
commands-unreadable-folders = { $n ->
    [one] nie udało się odczytać { $n } folderu, pominięto zapisane w nim dane: { $folders }; szczegóły pokaże `koop check`
   *[many] nie udało się odczytać { $n } folderów, pominięto zapisane w nich dane: { $folders }; szczegóły pokaże `koop check`
}
commands-outdated = dane repozytorium są w formacie { $found }; ta wersja koop czyta format { $format }
commands-outdated-hint = uruchom raz `koop migrate` i zatwierdź zmianę commitem (`koop check` pokaże, co zostanie poprawione)
commands-unfinished = { $operation ->
    [merge] git nie dokończył scalania (merge)
   *[other] git nie dokończył operacji { $operation }
}
commands-unfinished-files = { $operation ->
    [merge] git nie dokończył scalania (merge); niescalone pliki: { $files }
   *[other] git nie dokończył operacji { $operation }; niescalone pliki: { $files }
}
commands-unfinished-rebase-hint = rozwiąż konflikty w plikach (`koop git resolve`; `koop check` pokaże, co zostało), dodaj je przez `git add` i wykonaj `git rebase --continue` — albo `git rebase --abort`; potem uruchom to polecenie ponownie
commands-unfinished-merge-hint = rozwiąż konflikty w plikach (`koop git resolve`; `koop check` pokaże, co zostało), dodaj je przez `git add` i wykonaj `git commit` — albo `git merge --abort`; potem uruchom to polecenie ponownie
commands-conflicts = nierozwiązane konflikty scalania w: { $files }
commands-conflicts-hint = `koop check` je pokaże; wybierz właściwe wartości w `koop edit <plik>` i usuń wpisy [[conflicts]], potem uruchom to polecenie ponownie
commands-lock-waiting = czekam, aż inny koop skończy zapis ({ $file } jest zablokowany; rezygnuję po { $seconds } s)
commands-lock-recovered = uwaga: dokończono operację { $op }, którą przerwany koop zostawił zapisaną w połowie
commands-nothing-would-change = nic by się nie zmieniło
commands-nothing-to-change = nie ma czego zmieniać: w danych już tak jest
commands-refusal-duplicate-hint = to już jest zapisane; jeśli naprawdę zdarzyło się dwa razy, dodaj --allow-duplicate
commands-refusal-dangling-hint = wymienione wyżej wpisy odwołują się do tego, co miałoby zniknąć: najpierw je zmień albo usuń (jeśli polecenie usuwania ma --cascade lub --force, jego --help wyjaśnia, co robią)
commands-refusal-hint = popraw to, na co wskazują uwagi, albo podaj inne wartości
commands-refusal = { $n ->
    [one] zmiany nie wprowadzono: spowodowałaby { $n } nowy błąd (według reguł `koop check`)
    [few] zmiany nie wprowadzono: spowodowałaby { $n } nowe błędy (według reguł `koop check`)
   *[many] zmiany nie wprowadzono: spowodowałaby { $n } nowych błędów (według reguł `koop check`)
}
commands-locked = { $n ->
    [one] uwaga: nie udało się odszyfrować { $n } pliku z danymi osobowymi ({ $reason }); tego, co od niego zależy, nie sprawdzono ani nie pokazano
   *[many] uwaga: nie udało się odszyfrować { $n } plików z danymi osobowymi ({ $reason }); tego, co od nich zależy, nie sprawdzono ani nie pokazano
}
# $kind: rodzaj wpisu jako słowo do wyboru formy (person, institution, team, case…);
# $what: to samo po angielsku, jak w kodzie (gdy rodzaju tu nie ma).
commands-bad-id = `{ $value }` nie jest poprawnym identyfikatorem { $kind ->
    [person] osoby
    [institution] instytucji
    [team] zespołu
    [service] usługi
    [meeting] spotkania
    [case] sprawy
    [task] zadania
    [goal] celu
    [step] kroku
    [owner] odpowiedzialnego
    [recipient] odbiorcy
    [recipient-name] odbiorcy
    [key-name] (--key-name)
    [repository] repozytorium
   *[other] ({ $what })
}: { $reason }
commands-try = może `{ $suggestion }`?
commands-no-id-from-name = nie da się utworzyć identyfikatora z nazwy `{ $name }`
commands-no-id-from-name-hint = podaj go w --id
commands-unknown = { $kind ->
    [person] nie ma osoby o identyfikatorze `{ $id }`
    [institution] nie ma instytucji o identyfikatorze `{ $id }`
    [team] nie ma zespołu o identyfikatorze `{ $id }`
    [service] nie ma usługi o identyfikatorze `{ $id }`
    [meeting] nie ma spotkania o identyfikatorze `{ $id }`
    [case] nie ma sprawy o numerze `{ $id }`
    [task] nie ma zadania o identyfikatorze `{ $id }`
    [goal] nie ma celu o identyfikatorze `{ $id }`
    [step] nie ma kroku `{ $id }`
    [recipient] nie ma odbiorcy `{ $id }`
    [member-institution] nie ma instytucji członkowskiej o identyfikatorze `{ $id }`
    [person-or-institution] nie ma osoby ani instytucji o identyfikatorze `{ $id }`
    [member-person-or-institution] nie ma członka rodziny, osoby ani instytucji o identyfikatorze `{ $id }`
   *[other] nie znaleziono: { $what } `{ $id }`
}
commands-did-you-mean = czy chodziło o `{ $best }`?
commands-lists-them = listę pokaże `{ $command }`
commands-empty = { $flag }: wartość nie może być pusta
commands-control-characters = { $flag }: wartość nie może zawierać znaków sterujących ani podziałów wiersza
commands-prose-stdin = { $flag }-file -: nie udało się odczytać standardowego wejścia
commands-prose-not-utf8 = { $flag }-file { $path }:{ $line }:{ $column }: to nie jest poprawny tekst UTF-8
commands-prose-not-utf8-hint = zapisz plik w kodowaniu UTF-8
commands-prose-empty = { $flag }-file: plik { $path } jest pusty
commands-prose-control = { $flag }-file { $path }: tekst zawiera znaki sterujące
commands-toml = nie udało się zapisać wpisu jako TOML
# commands/git.rs
git-dry-run = --dry-run nie dotyczy `koop git`
git-dry-run-hint = `git status` pokaże, które pliki nie są scalone; `koop check` pokaże konflikty
git-no-work-tree = to repozytorium nie leży w katalogu roboczym git
git-no-work-tree-hint = uruchom `git init` (albo sklonuj wspólne repozytorium), potem `koop git setup`
git-set-up = Skonfigurowano tę kopię repozytorium: wpisy, także zaszyfrowane, są scalane według identyfikatorów, a `git diff` pokazuje posiadaczom kluczy odszyfrowany tekst
git-attributes-updated = zaktualizowano .gitattributes: zatwierdź go commitem, żeby każda kopia repozytorium używała tych sterowników
git-exe-unknown = nie da się ustalić, gdzie jest zainstalowany koop
git-driver-name = koop: wpisy scalane według identyfikatorów
git-driver-name-encrypted = koop: zaszyfrowane wpisy scalane według identyfikatorów
# $side: base, ours albo theirs
git-cannot-decrypt = nie udało się odszyfrować { $side ->
    [base] wspólnej wersji
    [ours] naszej wersji
   *[theirs] ich wersji
}: { $reason }
git-side-not-utf8 = { $side ->
    [base] wspólna wersja nie jest tekstem UTF-8
    [ours] nasza wersja nie jest tekstem UTF-8
   *[theirs] ich wersja nie jest tekstem UTF-8
}
git-no-recipients = w keys/ nie ma żadnego odbiorcy
git-cannot-encrypt = nie udało się zaszyfrować wyniku: { $reason }
git-driver-conflicts = { $n ->
    [one] koop: { $n } konflikt w { $path }: obie wartości są wypisane na jego końcu jako [[conflicts]]; pokaże je `koop check`
    [few] koop: { $n } konflikty w { $path }: obie wartości są wypisane na jego końcu jako [[conflicts]]; pokaże je `koop check`
   *[many] koop: { $n } konfliktów w { $path }: obie wartości są wypisane na jego końcu jako [[conflicts]]; pokaże je `koop check`
}
git-driver-by-line = koop: { $path }: { $why }; scalam wiersz po wierszu
git-merge-file = nie udało się uruchomić git merge-file
git-driver-refused = koop: nie udało się scalić { $path }: { $why }; niech osoba, której klucz go odczyta, uruchomi `koop git resolve { $path }`
git-textconv-locked =
    (zaszyfrowany; nie pokazano: { $reason })
    wersja { $version }
git-changed-and-removed = { $path } zmieniono po jednej stronie, a usunięto po drugiej: zachowaj go (`git add { $path }`) albo usuń (`git rm { $path }`), potem `koop sync`
git-merged = Scalono { $path }
git-resolved-by-hand = { $path }: rozwiązany ręcznie, oznaczony jako rozwiązany
git-still-conflicts = { $path } nadal ma wpisy [[conflicts]]: wybierz wartości w `koop edit { $path }`, usuń te wpisy, potem `koop sync` (albo `git add { $path }`)
git-merged-with-conflicts = { $n ->
    [one] Scalono { $path } z { $n } konfliktem: wybierz wartości w `koop edit { $path }`, usuń wpisy [[conflicts]], potem `koop sync` (albo `git add { $path }`)
   *[many] Scalono { $path } z { $n } konfliktami: wybierz wartości w `koop edit { $path }`, usuń wpisy [[conflicts]], potem `koop sync` (albo `git add { $path }`)
}
git-cannot-merge-locked = Nie udało się scalić { $path }: { $why }. Jeśli twój klucz usunięto z keys/, zachowaj wersję współpracowników (`git checkout --theirs { $path } && git add { $path }`) i przekaż im swoje zmiany; w przeciwnym razie niech osoba, która może go odczytać, uruchomi `koop git resolve { $path }` (albo wróć do stanu sprzed scalania: `git merge --abort`)
git-cannot-merge = Nie udało się scalić { $path }: { $why }
git-nothing-to-resolve = { $path } nie ma konfliktu do rozwiązania (nie ma znaczników, a git nie wymienia go jako niescalonego)
git-merged-sides = Scalono obie strony { $path }; zatwierdź go commitem (`koop sync`)
git-merged-sides-with-conflicts = { $n ->
    [one] Scalono obie strony { $path } z { $n } konfliktem: wybierz wartości w `koop edit { $path }` i usuń wpisy [[conflicts]]
   *[many] Scalono obie strony { $path } z { $n } konfliktami: wybierz wartości w `koop edit { $path }` i usuń wpisy [[conflicts]]
}
git-nothing-unmerged = Żaden plik z danymi nie czeka na scalenie; nie ma czego rozwiązywać
git-no-such-file = { $path }: nie ma takiego pliku
git-no-such-file-hint = `git status` wymieni pliki z konfliktami, a `koop check` – wpisy
git-all-merged = wszystkie pliki są scalone; `koop sync` dokończy scalanie (albo `git commit --no-edit`)
git-commit-it = zatwierdź to commitem przez `koop sync`
# commands/sync.rs
sync-dry-run = --dry-run nie dotyczy `koop sync`
sync-dry-run-hint = `git status` pokaże, co zostałoby zatwierdzone, a `git fetch && git log HEAD..@{"{"}u{"}"}` – co zostałoby pobrane
sync-no-git = to repozytorium nie jest jeszcze udostępniane przez git
sync-no-git-hint = sklonuj wspólne repozytorium (`git clone <adres>`) albo wykonaj `git init` i `git remote add origin <adres>`
sync-set-up = skonfigurowano sterowniki scalania koop w tej kopii repozytorium (`koop git setup`)
sync-strays = { $n ->
    [one] niczego nie udostępniono: ten plik nie jest wpisem koop, a git udostępniłby go bez szyfrowania każdemu, kto ma repozytorium: { $files }
   *[many] niczego nie udostępniono: te pliki nie są wpisami koop, a git udostępniłby je bez szyfrowania każdemu, kto ma repozytorium: { $files }
}
sync-strays-hint = przenieś takie pliki poza repozytorium (skany i notatki o rodzinie należą do dokumentacji instytucji, nie tutaj); jeśli któryś naprawdę trzeba udostępnić, dodaj go samodzielnie przez `git add`, potem `koop sync`
sync-plain-personal = niczego nie udostępniono: dane osobowe zapisane otwartym tekstem trafiłyby do każdego, kto ma repozytorium: { $files }
sync-plain-personal-hint = `koop keys rotate` zaszyfruje je kluczami z keys/; potem `koop sync`
sync-committed = Zatwierdzono: { $message }
sync-nothing-to-commit = Nie ma nic do zatwierdzenia
sync-no-remote = ta gałąź nie śledzi żadnej wspólnej gałęzi, więc niczego nie pobrano ani nie wysłano; nie ustawiono jeszcze wspólnego repozytorium: jednorazowo `git remote add origin <adres>`, potem `git push -u origin HEAD`
sync-no-upstream = ta gałąź nie śledzi żadnej wspólnej gałęzi, więc niczego nie pobrano ani nie wysłano; jednorazowo: `git push -u origin HEAD`
sync-renumbered-by-colleague = sprawa { $old } (cases/{ $dir }) ma teraz numer { $new }: zmieniła go inna osoba z zespołu; popraw dokumenty wydrukowane ze starym numerem
sync-nothing-to-push = Nie ma nic do wysłania
sync-push-failed = git push się nie powiódł
sync-push-failed-hint = uruchom `koop sync` ponownie za chwilę
sync-pushed = Wysłano; pozostali dostaną zmiany przez `koop sync`
sync-merge-conflicts = scalanie nadal zawiera konflikty (wyżej)
sync-merge-conflicts-hint = wybierz wartości w `koop edit <plik>`, usuń wpisy [[conflicts]], potem ponownie `koop sync`
sync-merge-finished = Dokończono scalanie
sync-cannot-run-git = nie udało się uruchomić git
sync-nothing-new = Nie ma nowych zmian od pozostałych osób
sync-pulled = Pobrano zmiany pozostałych osób
sync-pull-failed = git pull się nie powiódł
sync-pull-failed-hint = sprawdź połączenie z siecią i adres wspólnego repozytorium (`git remote -v`)
sync-pulled-merged = Pobrano i scalono zmiany pozostałych osób
sync-renumber-move = { $from } na { $to }
sync-renumber-commit = koop: zmiana numeru sprawy { $moves } (ktoś inny zajął ten numer wcześniej)
sync-renumbered = inna osoba udostępniła już sprawę o tym samym numerze: twoja dostała następny wolny numer (wyżej); popraw dokumenty wydrukowane ze starym numerem
sync-stopped = { $operation ->
    [merge] scalanie (merge) czeka na twój wybór
   *[other] git czeka na twój wybór w operacji { $operation }
}
sync-stopped-files = { $operation ->
    [merge] scalanie (merge) czeka na twój wybór: { $files }
   *[other] git czeka na twój wybór w operacji { $operation }: { $files }
}
sync-stopped-merge-hint = wybierz wartości w każdym pliku przez `koop edit <plik>` i usuń jego wpisy [[conflicts]] (albo wiersze <<<<<<< ======= >>>>>>>), potem ponownie `koop sync`; `git merge --abort` przywraca stan sprzed pobrania
sync-stopped-rebase-hint = koop sync scala, nie robi rebase: dokończ przez `git rebase --continue` (po `koop git resolve`) albo `git rebase --abort`, potem `koop sync`
sync-stopped-hint = dokończ ją (`git status` podpowie, jak) albo przerwij, potem `koop sync`
sync-not-pushed = nie wysłano: popraw to, co wyżej (`koop check` pokaże to ponownie), potem ponownie `koop sync`
sync-recipients = { $n ->
    [one] { $n } zaszyfrowany plik nie jest zaszyfrowany kluczami z keys/ (K037): `koop keys rotate`, potem `koop sync`
    [few] { $n } zaszyfrowane pliki nie są zaszyfrowane kluczami z keys/ (K037): `koop keys rotate`, potem `koop sync`
   *[many] { $n } zaszyfrowanych plików nie jest zaszyfrowanych kluczami z keys/ (K037): `koop keys rotate`, potem `koop sync`
}
# $errors i $warnings: count-errors i count-warnings
sync-check = koop check: { $errors } i { $warnings } (pokaże je `koop check`)
sync-message-by-hand = koop sync: zmiany wprowadzone ręcznie
sync-message-changes = { $n ->
    [one] koop: { $n } zmiana
    [few] koop: { $n } zmiany
   *[many] koop: { $n } zmian
}
sync-identity-hint = git potrzebuje jednorazowo twojego imienia i nazwiska oraz adresu e-mail: `git config --global user.name "Anna Kowalska"` i `git config --global user.email anna@example.org`
# commands/keys.rs
keys-no-recipients = w { $dir }/ nie ma odbiorców, dla których można szyfrować
keys-no-recipients-hint = najpierw dodaj siebie: `koop keys add <twoja-nazwa>`
keys-op-rotate = ponowne zaszyfrowanie danych osobowych (keys rotate)
keys-identity-exists = { $path } już istnieje
keys-identity-exists-hint = koop nigdy nie nadpisuje klucza prywatnego: jego utrata odcina dostęp do spraw
keys-cannot-create-folder = nie udało się utworzyć folderu { $path }
keys-no-home = nie wiadomo, gdzie zapisać twój klucz prywatny: zmienna HOME nie jest ustawiona
keys-no-home-hint = podaj --output PLIK i ustaw na niego KOOP_IDENTITY
keys-identity-in-repository = { $path } leży w repozytorium koop w { $root }; tożsamość jest prywatna i nie może się w nim znaleźć
keys-identity-in-repository-hint = trzymaj ją w ~/.config/koop/identity.txt (domyślnie) albo w innym prywatnym folderze
keys-generated =
    zapisano twoją tożsamość w { $path } (tylko ty możesz ją odczytać); zrób jej kopię zapasową w bezpiecznym miejscu: bez niej nie odczytasz spraw.
    Przekaż powyższy klucz publiczny współpracownikowi, który doda cię poleceniem `koop keys add <twoja-nazwa> { $public }`.
keys-private = to jest klucz prywatny
keys-private-hint = podaj klucz publiczny (`age1…`, wypisany przez `koop keys generate`); nigdy nie udostępniaj prywatnego
keys-not-a-key = `{ $arg }` nie jest ani kluczem publicznym, ani plikiem, który da się odczytać
keys-private-file = { $arg } to klucz prywatny
keys-private-file-hint = podaj klucz publiczny (plik `.pub` albo `age1…`); nigdy nie udostępniaj prywatnego
keys-no-key = w { $arg } nie ma klucza
keys-cannot-add = nie udało się dodać `{ $name }`: { $reason }
keys-exists = { $path } już istnieje
keys-exists-hint = żeby zastąpić klucz, najpierw go usuń (`koop keys remove`)
keys-already-listed = ten klucz jest już na liście jako `{ $name }` ({ $path })
keys-op-add = dodanie klucza { $name }
keys-added = dodano { $path }
keys-none = (brak: dane osobowe nie są szyfrowane; zob. docs/privacy.md)
keys-you = ty
keys-column-name = nazwa
keys-column-kind = rodzaj
keys-column-key = klucz
keys-own-key = `{ $name }` to twój własny klucz: po jego usunięciu stracisz dostęp do danych osobowych
keys-own-key-hint = poproś innego odbiorcę, żeby cię usunął
keys-last = `{ $name }` to ostatni odbiorca: bez niego nikt nie odczyta danych osobowych
keys-last-hint = najpierw dodaj nową osobę (`koop keys add`), potem usuń tę
keys-op-remove = usunięcie klucza { $name }
keys-removed = usunięto { $path }
keys-removed-history = usuniętym kluczem nadal da się otworzyć wersje zapisane już w historii git i w kopiach, do których miał dostęp; zob. docs/privacy.md
keys-log-forgot = { $n ->
    [one] uwaga: dziennik operacji koop zapomniał { $n } wcześniejszą zmianę z danymi osobowymi zapisanymi otwartym tekstem (nie da się jej już cofnąć)
    [few] uwaga: dziennik operacji koop zapomniał { $n } wcześniejsze zmiany z danymi osobowymi zapisanymi otwartym tekstem (nie da się ich już cofnąć)
   *[many] uwaga: dziennik operacji koop zapomniał { $n } wcześniejszych zmian z danymi osobowymi zapisanymi otwartym tekstem (nie da się ich już cofnąć)
}
keys-reencrypted = ponownie zaszyfrowano { $files ->
    [one] { $files } plik
    [few] { $files } pliki
   *[many] { $files } plików
} z danymi osobowymi dla { $n ->
    [one] { $n } odbiorcy
   *[many] { $n } odbiorców
}: { $names }
keys-cannot-decrypt = nie udało się odszyfrować { $path }: { $reason }
keys-cannot-decrypt-hint = niczego nie zmieniono; ponownie zaszyfrować pliki może tylko ktoś, kto może odczytać każdy z nich
# commands/doc.rs, doc/mod.rs, doc/context.rs
doc-format-mismatch = -o { $path } wskazuje plik { $named }, a --format to { $format }
doc-format-mismatch-hint = pomiń --format (o formacie zdecyduje rozszerzenie) albo nazwij plik `….{ $format }`
doc-id-person = [OSOBA]
doc-id-team = ZESPÓŁ
doc-id-case = SPRAWA
doc-id-meeting = SPOTKANIE
doc-column-document = dokument
doc-column-id = identyfikator
doc-column-source = źródło
doc-column-what = co to jest
doc-templates-exist = w { $dir } już są: { $files }
doc-templates-exist-hint = dodaj --force, żeby je zastąpić, albo wyeksportuj szablony do innego folderu
doc-templates-exported = { $n ->
    [one] zapisano { $n } szablon w { $dir }; repozytorium używa szablonów ze swojego folderu { $folder }/ zamiast wbudowanych
    [few] zapisano { $n } szablony w { $dir }; repozytorium używa szablonów ze swojego folderu { $folder }/ zamiast wbudowanych
   *[many] zapisano { $n } szablonów w { $dir }; repozytorium używa szablonów ze swojego folderu { $folder }/ zamiast wbudowanych
}
doc-template-built-in = wbudowany
doc-template-own-replaces = { $path } (własny, zastępuje { $template } dla --format { $format })
doc-template-own = { $path } (własny)
doc-column-template = szablon
doc-column-from = skąd
doc-blank-failed = nie udało się przygotować pustego formularza
doc-no-blank = `koop doc { $name }` powstaje z danych, nie wypełnia się go ręcznie: nie ma pustego formularza
doc-no-blank-hint = --blank drukuje formularze: zgloszenie-rops, porozumienie, karta, monitoring, zaproszenie, lista-obecnosci, protokol
doc-takes-no-id = `koop doc { $name }` dotyczy całego repozytorium i nie przyjmuje identyfikatora (podano `{ $id }`)
doc-takes-no-id-hint = uruchom samo `koop doc { $name }`
# lista dwóch lub więcej: „a, b i c”
doc-list-and = { $items } i { $last }
doc-reveal-elsewhere = --reveal dotyczy { $to }, nie `{ $name }`: ten dokument nie zawiera danych osobowych rodziny
doc-option-elsewhere = --{ $option } dotyczy { $to }, nie `{ $name }`
doc-no-evaluation = sprawa { $case } nie ma oceny z dnia { $day }
doc-no-evaluation-yet = nie ma jeszcze żadnej oceny (`koop eval add`)
doc-evaluations = jej oceny: { $days }
doc-no-folder = folder { $dir } nie istnieje
doc-no-folder-hint = najpierw go utwórz albo zapisz dokument gdzie indziej
doc-serialise = nie udało się zapisać danych dokumentu
doc-plain-inside = { $path } zawierałby dane osobowe otwartym tekstem w repozytorium, w miejscu, którego git nie pomija
doc-plain-inside-hint = zapisz go poza repozytorium (-o ~/karta.pdf) albo jako PDF lub HTML, które repozytorium pomija; --force zapisze go mimo to
doc-wrote = zapisano { $path }
doc-plain-written = { $path } zawiera dane osobowe otwartym tekstem w repozytorium: wydrukuj go, a potem usuń; nigdy nie zatwierdzaj go commitem
share-needs = `koop share` wymaga numeru sprawy, --to i --purpose
share-op = udostępnienie sprawy { $case } dla { $to }
share-op-register = wpis udostępnienia sprawy { $case } do rejestru
share-registered = Zapisano w rejestrze udostępnień: { $path } (wynik: { $file })
share-no-consent = w sprawie { $case } żadna zgoda nie obowiązuje w dniu { $date }: nie można niczego udostępnić
share-no-consent-hint = zapisz zgodę wraz z zakresem udostępniania: `koop case consent { $case } --by m1 --date … --share <instytucja>=<kategorie>`
share-withdrawn = { $member } wycofał(a) zgodę w sprawie { $case } w dniu { $date }: nie można sporządzać nowych pakietów
share-withdrawn-hint = pakiet wymaga zgody wszystkich, którzy ją wyrazili; nową zgodę, jeśli zostanie udzielona, zapisz przez `koop case consent`
share-no-scope = zgody obowiązujące w sprawie { $case } w dniu { $date } nie określają, co i komu wolno udostępnić
share-no-scope-hint = zapisz zakres wynikający z podpisanej zgody: `koop case consent { $case } --by m1 --share <instytucja lub rodzaj>=<kategorie>`
share-not-covered = zgoda w sprawie { $case } obowiązująca w dniu { $date } nie obejmuje: { $name } (`{ $to }`)
share-not-covered-hint = `koop case show { $case }` pokazuje zakres każdej zgody; każda obowiązująca zgoda musi wymieniać `{ $to }` albo rodzaj tej instytucji
share-col-date = data
share-col-act = czynność
share-col-case = sprawa
share-col-to = odbiorca
share-col-categories = kategorie
share-col-purpose = cel
share-col-by = kto
doc-source-porozumienie = { $title } (albo załącznik nr 3 z --variant 3)
doc-source-zaproszenie = { $title } (co musi zawierać zaproszenie)
doc-source-lista-obecnosci = { $title } (lista obecności z danymi kontaktowymi)
doc-source-protokol = { $title } (protokół, zatwierdzany na następnym spotkaniu)
doc-about-zgloszenie-rops = Zgłoszenie potrzeby włączenia ROPS: gmina prosi ROPS o wsparcie (osoba do kontaktu: opcjonalnie OSOBA)
doc-about-porozumienie = Porozumienie na rzecz współdziałania ZESPOŁU, ze stronami porozumienia i załącznikiem nr 1 (osoby do kontaktu)
doc-about-karta = Karta planu pracy z osobą/rodziną dla SPRAWY: część A (diagnoza), B (cele, zadania, podpisy), C (ocena)
doc-about-monitoring = Monitoring pracy z osobą/rodziną dla SPRAWY za miesiąc (--month), według odpowiedzialnych
doc-about-zaproszenie = Zaproszenia na SPOTKANIE, po jednej stronie dla każdej zaproszonej instytucji
doc-about-lista-obecnosci = Lista obecności na SPOTKANIU, do podpisu
doc-about-protokol = Protokół SPOTKANIA: obecność, porządek, przebieg, ustalenia
doc-about-efekty = Efekty na sesję rady: sprawy według statusu, osiągnięte cele, instytucje, usługi, spotkania
doc-about-lista-uslug = Lokalna lista działań i usług (gminno-powiatowa lista usług) do wydrukowania i rozdania
doc-no-document = nie ma dokumentu `{ $name }`
doc-did-you-mean = czy chodziło o `{ $name }`?
doc-no-document-hint = listę dokumentów pokaże `koop doc list`
doc-template-syntax = nie udało się ustawić składni szablonów
doc-template-line = { $file }, wiersz { $line }
doc-template-error = szablon { $at }: { $cause }
doc-template-hint = popraw szablon albo usuń jego wersję w { $dir }/, żeby użyć wbudowanego
# $what: team, case albo meeting
doc-needs-id = `koop doc { $name }` wymaga wskazania { $what ->
    [team] zespołu, którego dotyczy
    [case] sprawy, której dotyczy
    [meeting] spotkania, którego dotyczy
   *[other] tego, czego dotyczy ({ $what })
}
doc-needs-id-hint = listę pokaże `{ $command }`; np. `koop doc { $name } <IDENTYFIKATOR>`
# doc/templates.rs
templates-built-in = { $name } (wbudowany)
templates-bad-name = `{ $name }` nie jest nazwą szablonu
templates-bad-name-hint = nazwy szablonów to nazwy plików w templates/, np. `karta.md`
templates-not-utf8 = { $path }:{ $line }:{ $column }: to nie jest tekst UTF-8
templates-not-utf8-hint = zapisz szablon w kodowaniu UTF-8
templates-none = nie ma szablonu `{ $name }`
templates-none-hint = listę pokaże `koop doc templates`
# doc/pdf.rs
pdf-no-packages = pakiety typst są niedostępne: dokumenty powstają bez dostępu do sieci
pdf-serialise = nie udało się zapisać danych dokumentu
pdf-template-error = szablon { $at }: { $cause }
pdf-failed = składanie dokumentu się nie powiodło
pdf-template = szablon { $error }
pdf-more-errors = { $n ->
    [one] i jeszcze { $n } błąd
    [few] i jeszcze { $n } błędy
   *[many] i jeszcze { $n } błędów
}
pdf-template-hint = popraw szablon albo usuń jego wersję w { $dir }/, żeby użyć wbudowanego
pdf-no-position = (bez położenia)
# commands/init.rs
init-gmina-of-gmina = --gmina wymienia gminy powiatu
init-gmina-of-gmina-hint = repozytorium gminy dotyczy tylko tej gminy: pomiń --gmina albo uruchom `koop init powiat …`
init-exists = w { $dir } jest już repozytorium koop (istnieje { $file }); niczego nie zmieniono
init-inside = { $dir } leży w repozytorium koop w { $root }; niczego nie zmieniono
init-inside-hint = wybierz folder poza nim
init-not-a-folder = { $path } nie jest folderem
init-cannot-create-folder = nie udało się utworzyć folderu { $path }
# $kind: gmina albo powiat
init-done = Utworzono repozytorium koop dla { $kind ->
    [powiat] powiatu
   *[other] gminy
} { $name } w { $dir }
init-setup-failed = nie udało się skonfigurować sterowników scalania koop ({ $reason }); uruchom później `koop git setup`
init-git-done = Utworzono tam puste repozytorium git ze sterownikami scalania koop (docs/collaboration.md).
init-git-inside = { $dir } leży w katalogu roboczym git repozytorium { $top }, więc nie dostał własnego repozytorium git: jego rekordy, także zaszyfrowane dane osobowe, trafiłyby do historii tamtego repozytorium i byłyby wypychane razem z nim
init-git-inside-hint = jeśli { $top } nie ma ich przechowywać, usuń { $dir } i uruchom `koop init` ponownie poza katalogiem roboczym git (np. najpierw `cd ~`); jeśli ma, uruchom w nim `koop git setup`, żeby skonfigurować sterowniki scalania koop
init-no-git = git nie jest zainstalowany; żeby udostępniać repozytorium, uruchom później `git init`
init-git-failed = git init się nie powiódł: { $reason }
init-encrypted = Dane osobowe są szyfrowane kluczem z { $key }; twoja tożsamość: { $identity }.
init-identity-created = utworzono twój klucz prywatny w { $path } (tylko ty możesz go odczytać): zrób jego kopię zapasową w bezpiecznym miejscu; bez niego nie odczytasz spraw
init-plain = dane osobowe (członkowie rodziny, diagnozy) będą zapisywane otwartym tekstem; `koop keys add <twoja-nazwa>` zaszyfruje je później (docs/privacy.md)
init-next = Dalej: koop institution add --name <NAZWA> --kind ops --level gmina
init-identity-unreadable-hint = albo uruchom `koop init … --no-encrypt`, a klucz dodaj później przez `koop keys add`
init-no-home = nie wiadomo, gdzie przechowywać twój klucz prywatny: zmienna HOME nie jest ustawiona
init-no-home-hint = ustaw KOOP_IDENTITY na ścieżkę pliku albo dodaj --no-encrypt
init-bad-teryt = --teryt `{ $code }` nie jest kodem TERYT { $kind ->
    [powiat] powiatu
   *[other] gminy
}: powinien mieć { $n ->
    [one] { $n } cyfrę
    [few] { $n } cyfry
   *[many] { $n } cyfr
}
# commands/edit.rs
edit-no-record = { $path } nie istnieje
edit-no-record-hint = koop edit zmienia istniejące wpisy; nowe tworzą polecenia `add`/`new`
edit-temp-file = nie udało się utworzyć pliku tymczasowego
edit-no-changes = { $path }: bez zmian
edit-changed-meanwhile = ktoś inny zmienił { $path } w czasie twojej edycji; niczego nie zapisano
edit-changed-meanwhile-hint = uruchom ponownie `koop edit`, żeby edytować nową wersję (twój tekst znika razem z plikiem tymczasowym; najpierw skopiuj go z edytora)
edit-not-utf8 = { $path }:{ $line }:{ $column }: edytowany plik nie jest poprawnym tekstem UTF-8
edit-op = edycja { $path }
edit-saved = Zapisano { $path }
edit-still-unmerged = git nadal wymienia { $path } jako niescalony: gdy plik będzie poprawny, wykonaj `git add { $path }`
edit-nothing-saved = niczego nie zapisano; { $path } jest bez zmian
edit-abandoned = przerwano: { $path } jest bez zmian
# pytanie; „t” (tak), „y” albo pusta odpowiedź oznacza tak
edit-ask-again = Otworzyć edytor ponownie, żeby to poprawić? [T/n]
edit-no-answer = nie udało się odczytać odpowiedzi
edit-cannot-start = nie udało się uruchomić edytora `{ $editor }`
edit-editor-failed = edytor `{ $editor }` zakończył się błędem ({ $status }); niczego nie zapisano
edit-editor-failed-hint = sprawdź, czy VISUAL albo EDITOR wskazuje edytor, który tu działa, np. EDITOR=nano
edit-no-case-file = sprawa nie ma pliku `{ $name }`
edit-no-case-file-hint = podaj jeden z: case, members, diagnosis, plan, albo ścieżkę pliku
edit-outside = { $path } nie jest wpisem tego repozytorium
edit-outside-hint = podaj ścieżkę wpisu w repozytorium, np. teams/pzk.toml
edit-not-a-record = { $path } nie jest wpisem, który czyta koop
edit-not-a-record-hint = docs/format.md opisuje, gdzie leżą wpisy; koop edit otwiera tylko wpisy
# commands/check.rs
check-unknown-code = { $flag } { $code }: żadna reguła nie ma tego kodu
check-did-you-mean = czy chodziło o { $code }? Listę reguł pokaże `koop rules`
check-rules-list = listę reguł pokaże `koop rules`
check-unknown-allowed = koop.toml: [check] allow wymienia nieznaną regułę `{ $code }`
check-clean = { $n ->
    [one] sprawdzono { $n } plik: bez problemów
    [few] sprawdzono { $n } pliki: bez problemów
   *[many] sprawdzono { $n } plików: bez problemów
}
# $summary: „0 błędów, 1 ostrzeżenie”
check-summary = { $n ->
    [one] sprawdzono { $n } plik: { $summary }
    [few] sprawdzono { $n } pliki: { $summary }
   *[many] sprawdzono { $n } plików: { $summary }
}
check-no-rule = żadna reguła nie ma kodu { $code }
# commands/completions.rs
completions-shell = koop nie umie uzupełniać poleceń w { $shell }
completions-exe-unknown = nie da się ustalić, gdzie jest zainstalowany koop
completions-script = nie udało się zapisać skryptu uzupełniania
completions-no-folder = folder { $dir } nie istnieje
completions-no-folder-hint = najpierw go utwórz (mkdir -p …) albo podaj inny
completions-man = nie udało się przygotować strony podręcznika man
completions-man-written = { $n ->
    [one] zapisano { $n } stronę podręcznika w { $dir } (koop.1 i po jednej na polecenie)
    [few] zapisano { $n } strony podręcznika w { $dir } (koop.1 i po jednej na polecenie)
   *[many] zapisano { $n } stron podręcznika w { $dir } (koop.1 i po jednej na polecenie)
}
# commands/diff.rs
diff-sealed-removed = { $path }: zaszyfrowane dane osobowe zostałyby usunięte (dodaj --reveal-diff, żeby zobaczyć odszyfrowane różnice)
diff-sealed-changed = { $path }: zaszyfrowane dane osobowe zostałyby zmienione (dodaj --reveal-diff, żeby zobaczyć odszyfrowane różnice)
diff-sealed-written = { $path }: zaszyfrowane dane osobowe zostałyby zapisane (dodaj --reveal-diff, żeby zobaczyć odszyfrowane różnice)
diff-no-newline = Brak znaku końca wiersza na końcu pliku
# commands/undo.rs
undo-nothing = nie ma czego cofać: koop nie zapisał tu w dzienniku żadnej zmiany
undo-nothing-hint = `koop log` pokazuje zmiany wprowadzone przez koop; zmiany wprowadzone ręcznie albo przez git cofa się w git (`git restore`, `git revert`)
undo-refused-hint = cofnięcie wycofałoby operację { $id } ({ $description }); `koop undo --force` zrobi to mimo to
undo-op = cofnięcie operacji { $id }: { $description }
undo-done = { $n ->
    [one] Cofnięto operację { $id } ({ $description }): { $n } plik wrócił do stanu sprzed zmiany
    [few] Cofnięto operację { $id } ({ $description }): { $n } pliki wróciły do stanu sprzed zmiany
   *[many] Cofnięto operację { $id } ({ $description }): { $n } plików wróciło do stanu sprzed zmiany
}
undo-logged = zapisano w dzienniku jako operację { $id }; kolejne `koop undo` cofnie zmianę sprzed niej
undo-undone = { $description } (cofnięta)
undo-column-op = nr
undo-column-time = czas
undo-column-what = co
undo-column-command = polecenie
undo-column-files = pliki
# commands/migrate.rs
migrate-current = Dane są już w formacie { $format }; nie ma czego zmieniać
migrate-op = migracja do formatu danych { $format }
migrate-identities = nadane identyfikatory: członkowie rodziny – { $members }, cele – { $goals }, zadania – { $tasks }, wpisy monitoringu – { $entries }, ustalenia – { $decisions }; odwołania ({ $references }) i pliki monitoringu ({ $files }) wskazują je teraz po identyfikatorze
migrate-steps = kroki cykli kontynuacji ponumerowane tak jak na schemacie modelu (7 → 6, 8 → 7): { $n }
# $changes: migrate-identities i migrate-steps, rozdzielone „; ”
migrate-done = Przeniesiono dane do formatu { $format }: { $changes }
migrate-commit-now = zatwierdź to teraz (`koop sync` albo `git add -A && git commit -m "koop migrate"`) i poproś pozostałe osoby, żeby przed dalszą pracą zaktualizowały koop; `koop undo --force` cofnie migrację
migrate-not-utf8 = { $path }:{ $line }:{ $column }: to nie jest poprawny tekst UTF-8
# commands/report.rs, report/
report-no-gmina = w tym repozytorium nie ma gminy `{ $gmina }`
report-did-you-mean = czy chodziło o `{ $gmina }`?
report-no-gminy = żadna sprawa nie wskazuje jeszcze gminy (`koop case new --gmina`)
report-gminy = gminy: { $gminy }
report-reported-yes = tak
report-reported-missing = brak
report-column-case = sprawa
report-column-gmina = gmina
report-column-task = zadanie
report-column-text = treść
report-column-responsible = odpowiedzialny
report-column-due = termin
report-column-progress = postęp
report-column-reported = przekazano
report-column-person = osoba
report-column-days-overdue = dni po terminie
report-column-institution = instytucja
report-column-active-cases = sprawy w realizacji
report-column-open-tasks = otwarte zadania
report-column-cases = sprawy
report-member-of = { $member } (członek rodziny w sprawie { $case })
# commands/agenda.rs, report/agenda.rs
agenda-rsvp = { $n ->
    [one] { $n } instytucja ma potwierdzić udział: { $institutions }
    [few] { $n } instytucje mają potwierdzić udział: { $institutions }
   *[many] { $n } instytucji ma potwierdzić udział: { $institutions }
}
agenda-evaluation = następna ocena (część C)
agenda-monitoring = monitoring za { $month } od odpowiedzialnych (zał. 7)
agenda-follow-up = koniec obserwacji trwałości zmiany po zamknięciu sprawy
agenda-cycle = cykl { $cycle }
agenda-steps = { $n ->
    [one] termin kroku { $steps }
   *[many] termin kroków { $steps }
}
agenda-overdue = { $n ->
    [one] { $n } otwarte zadanie po terminie: pokaże je `koop report overdue`
    [few] { $n } otwarte zadania po terminie: pokaże je `koop report overdue`
   *[many] { $n } otwartych zadań po terminie: pokaże je `koop report overdue`
}
agenda-column-date = data
agenda-column-what = co
agenda-column-about = czego dotyczy
agenda-column-details = szczegóły
agenda-kind-meeting = spotkanie
agenda-kind-rsvp = potwierdzenie
agenda-kind-decision = ustalenie
agenda-kind-task = zadanie
agenda-kind-evaluation = ocena
agenda-kind-monitoring = monitoring
agenda-kind-follow-up = obserwacja
agenda-kind-step = krok
# commands/export.rs, report/stats.rs
export-json = nie udało się zapisać JSON
export-wrote = zapisano { $path }
export-period-backwards = okres `{ $period }` kończy się przed początkiem
export-bad-period = `{ $text }` nie jest rokiem (2026), miesiącem (2026-10) ani dniem (2026-10-15); zakres łączy dwa z nich przez `..`
# commands/output.rs
output-none = (brak)
# komórki tabel pokazywane na czerwono i na żółto, | między słowami (także angielskie)
output-attention-red = po terminie | spóźniony | spóźnione | brak | błąd | nie zgłoszono | late | missing | overdue | error | not reported
output-attention-yellow = do zrobienia | do wykonania | ostrzeżenie | wykonany po terminie | wykonane po terminie | due | warning | done late
# cli.rs
cli-run-no-cwd = nie udało się odczytać bieżącego folderu
cli-run-no-folder = -C { $dir }: nie ma takiego folderu
cli-run-today-hint = ustaw KOOP_TODAY na datę w postaci YYYY-MM-DD albo usuń tę zmienną
# complete.rs: czym jest uzupełniany identyfikator
complete-case = sprawa
complete-institution = instytucja
complete-person = osoba
complete-team = zespół
complete-meeting = spotkanie
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
caseutil-wrong-status = nie można { $action }: sprawa { $case } ma status { $status }, a potrzebny jest status { $wanted }
caseutil-locked-restore = przywróć go z historii gita (`git log -- { $path }`, `git checkout <commit> -- { $path }`)
caseutil-locked-identity = ustaw w KOOP_IDENTITY ścieżkę do pliku swojego klucza prywatnego (docs/privacy.md)
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
case-folder-unreadable = nie udało się odczytać folderu { $path }, a sprawa w nim może mieć dowolny numer: koop nie wybierze kolejnego
case-folder-unreadable-hint = nadaj sobie prawo odczytu folderu (`ls -ld { $path }` pokaże, czyj jest), a potem uruchom `koop check`
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
case-field-share = udostępnianie
case-share-value = { $to } → { $categories }
case-field-sharing-stopped = pakiety
case-sharing-stopped-value = wstrzymane: { $member } wycofał(a) zgodę { $date }
case-field-qualified = zakwalifikowana
case-qualified-value = { $date } przez zespół { $team }
case-field-plan-adopted = plan przyjęty
case-field-closed = zakończona
case-closed-value = { $date }: { $handover }
case-closed-value-follow-up = { $date }: { $handover } (dalsza obserwacja sytuacji do { $until })
case-field-ended = zakończenie
case-ended-value = { $date }, status { $status }: { $reason }
case-members-locked = Członkowie rodziny: dane są zaszyfrowane, a twoim kluczem prywatnym nie da się ich odszyfrować
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
case-share-syntax = `{ $value }` nie ma postaci ODBIORCY=KATEGORIE, np. `sp1,szkoła=plan,monitoring`
case-share-category = `{ $value }` nie jest kategorią danych: { $words }
case-share-unknown-recipient = `{ $value }` nie jest ani identyfikatorem instytucji, ani rodzajem instytucji
case-share-unknown-recipient-hint = identyfikatory podaje `koop institution list`; rodzaje to { $kinds }
case-consent-needs-date = potrzebna jest data (--date): dzień wyrażenia (lub wycofania) zgody
case-op-consent-share = zapisanie zakresu udostępniania w zgodzie od { $member } w sprawie { $case }
case-consent-share-recorded = Zapisano, co zgoda od { $member } w sprawie { $case } pozwala udostępniać ({ $path })
case-consent-share-set = zgoda od { $member } w sprawie { $case } ({ $date }) ma już zapisany zakres udostępniania
case-consent-share-set-hint = nowy zakres to nowa zgoda: `koop case consent { $case } --by { $member } --withdraw --date …`, a potem zapisz nową z jej --share
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
retention-period = Okres przechowywania zakończonych spraw: { $years ->
    [one] { $years } rok
    [few] { $years } lata
   *[many] { $years } lat
} od zakończenia pracy lub monitorowania trwałości zmiany (domyślny; ustaw [retention] closed_cases_years w koop.toml, zob. docs/privacy.pl.md)
retention-period-basis = Okres przechowywania zakończonych spraw: { $years ->
    [one] { $years } rok
    [few] { $years } lata
   *[many] { $years } lat
} od zakończenia pracy lub monitorowania trwałości zmiany ({ $basis })
retention-past = upłynął
retention-col-case = sprawa
retention-col-status = status
retention-col-ended = zakończona
retention-col-until = przechowywana do
retention-col-past = okres
retention-hint = zanonimizuj każdą z nich: `koop case anonymise <sprawa>`
anonymise-already = sprawa { $case } została już zanonimizowana { $date }
anonymise-not-ended = sprawa { $case } nie jest zakończona: jej dane osobowe są nadal potrzebne do pracy
anonymise-not-ended-hint = najpierw ją zamknij lub zakończ (`koop case close { $case }` albo `koop case end { $case } …`)
anonymise-not-due = sprawa { $case } jest przechowywana do { $until } ({ $years ->
    [one] { $years } rok
    [few] { $years } lata
   *[many] { $years } lat
} od zakończenia pracy)
anonymise-not-due-hint = aby zanonimizować ją wcześniej (żądanie z art. 17 RODO, decyzja IOD): `koop case anonymise { $case } --force --reason …`
anonymise-op = anonimizacja sprawy { $case }
anonymise-done = Zanonimizowano sprawę { $case }: imiona i nazwiska, kontakty, diagnoza i opisy zastąpione znacznikiem; wpis w { $path }
anonymise-log-forgot = dziennik operacji zapomniał operacje na tej sprawie (liczba: { $n }): cofnięcie nie przywróci jej danych osobowych
anonymise-history = wcześniejsze commity gita nadal zawierają te dane: docs/privacy.pl.md, „Co nadal przechowuje historia gita”, opisuje, jak je usunąć
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
meeting-col-approved-at = zatwierdzony na
meeting-field-id = identyfikator
meeting-field-team = zespół
meeting-field-kind = rodzaj
meeting-field-when = kiedy
meeting-field-place = miejsce
meeting-field-goal = cel
meeting-field-cases = sprawy
meeting-field-minutes-by = protokołuje
meeting-field-approved-at = protokół zatwierdzony na
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
meeting-has-approved-minutes = spotkanie { $id } ma już protokół (zatwierdzony na spotkaniu { $at })
meeting-has-minutes-hint = dodaj --replace, aby go zastąpić
meeting-minutes-by-named = spotkanie { $id } ma już wskazaną osobę protokołującą: `{ $person }`
meeting-minutes-by-named-hint = dodaj --replace, aby wskazać kogoś innego
meeting-op-minutes-by = zapisanie protokołu spotkania { $id }, sporządził(a): { $person }
meeting-minutes-stored-by = Zapisano protokół spotkania { $id }, sporządził(a): { $person } ({ $path })
meeting-op-minutes = zapisanie protokołu spotkania { $id }
meeting-minutes-stored = Zapisano protokół spotkania { $id } ({ $path })
meeting-op-minutes-writer = { $person } protokołuje spotkanie { $id }
meeting-minutes-writer = Wskazano osobę { $person } do sporządzenia protokołu spotkania { $id } ({ $path })
meeting-minutes-not-utf8 = { $path }:{ $line }:{ $column }: to nie jest poprawny tekst UTF-8
meeting-minutes-not-utf8-hint = zapisz protokół jako tekst w kodowaniu UTF-8
meeting-minutes-empty = plik { $path } jest pusty
meeting-no-minutes = spotkanie { $id } nie ma protokołu do zatwierdzenia
meeting-no-minutes-hint = najpierw zapisz protokół: `koop meeting minutes <ID> --file …`
meeting-approve-other-team = { $at } to spotkanie zespołu `{ $team }`, a nie `{ $own }`; protokół zatwierdza się na następnym spotkaniu tego samego zespołu
meeting-approve-earlier = protokół zatwierdza się na późniejszym spotkaniu; { $at } nie odbywa się po { $id }
meeting-op-approve = zatwierdzenie protokołu spotkania { $id }
meeting-approved = Protokół spotkania { $id } zatwierdzono na spotkaniu { $at } ({ $path })
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
model-already-ran-hint = dodaj --continuation (Założenia organizacyjne Modelu Kooperacji: „kolejne wdrażanie Modelu Kooperacji”)
model-op-start = rozpoczęcie cyklu modelu
model-started = Rozpoczęto cykl { $cycle } ({ $kind }) { $date }; kończy się { $end } ({ $path })
model-step-future = --date { $date } to data z przyszłości; zapisz krok, gdy zostanie wykonany
model-step-done-already = krok { $step } jest już zapisany jako wykonany { $date }
model-step-done-already-hint = aby to zmienić, popraw [steps."{ $step }"] w { $path }
model-step-before-cycle = --date { $date } wypada przed początkiem cyklu { $cycle } ({ $start })
model-step-before-cycle-hint = krok tego cyklu wykonuje się w jego trakcie; popraw datę albo `start` cyklu
model-decision-needed = krok { $step } to decyzja o kontynuowaniu pracy Modelem Kooperacji albo o zakończeniu współpracy: wskaż, która
model-decision-needed-hint = dodaj --decision continue albo --decision end (krok { $step }: „{ $title }”)
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
model-status-cycle = Cykl { $cycle } ({ $kind ->
    [first] pierwsze wdrażanie
   *[other] kolejne wdrażanie
}), rozpoczęty { $start }:
    organizacja do { $organisation }, realizacja do { $work }, podsumowanie do { $summary }
model-status-decision = decyzja: { $decision }
model-status-col-stage = etap
model-status-col-step = krok
model-status-col-state = stan
model-status-col-date = data / termin
model-status-col-how = podstawa
model-status-ended = Współpraca zakończyła się decyzją z { $date } (krok { $step }): nie ma kolejnych kroków.
model-status-current-stage = Bieżący etap: { $number } { $name } ({ $owners })
model-status-all-done = Wszystkie obowiązkowe kroki są wykonane.
model-status-next = Następny krok: { $step } { $title } ({ $state }, termin { $date })
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
team-field-place-locative = miejsce (miejscownik)
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
team-col-core = trzon zespołu
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
monitor-added = Zapisano informację o postępie zadania { $task } za { $month } ({ $path })
monitor-eval-next-or-end = podaj datę kolejnej oceny (--next) albo --end
monitor-eval-next-or-end-hint = część C: „data kolejnej ewaluacji/zakończenie pracy z osobą/rodziną”
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
institution-updated = Zmieniono instytucję { $id } ({ $path })
institution-op-import = { $n ->
    [one] import { $n } instytucji
   *[other] import { $n } instytucji
}
institution-bad-email = { $flag } `{ $email }` to nie jest adres e-mail
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
institution-col-core = trzon zespołu
institution-services = Usługi:
person-op-add = dodanie osoby { $id }
person-added = Dodano osobę { $id } ({ $path })
person-updated = Zmieniono osobę { $id } ({ $path })
person-op-import = { $n ->
    [one] import { $n } osoby
   *[other] import { $n } osób
}
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
remove-monitoring-removed = Usunięto 1 wpis dotyczący zadania { $task } za { $month } od { $by } ({ $left ->
    [0] usunięto plik { $path }
   *[other] { $path }
})
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

# commands/casefind.rs: koop case find
# $member: m1, m2…; $goal: 1, 2…; $task: 1.2; $month: RRRR-MM; $date: RRRR-MM-DD
find-member-name = członek { $member }: imię i nazwisko
find-member-residence = członek { $member }: miejsce zamieszkania
find-member-phone = członek { $member }: telefon
find-expectations = zgłoszenie: oczekiwania
find-consent-scope = zgoda { $member }: zakres
find-qualification-reason = kwalifikacja: uzasadnienie
find-outcome-reason = zakończenie: powód
find-closure-handover = zamknięcie: przekazanie
find-diagnosis-material = diagnoza: sytuacja materialna
find-diagnosis-housing = diagnoza: sytuacja mieszkaniowa
find-diagnosis-professional = diagnoza: sytuacja zawodowa
find-diagnosis-health = diagnoza: sytuacja zdrowotna
find-diagnosis-care = diagnoza: sytuacja opiekuńczo-wychowawcza
find-diagnosis-relations = diagnoza: relacje w rodzinie
find-diagnosis-problems = diagnoza: problemy
find-diagnosis-needs = diagnoza: potrzeby
find-main-goal = plan: cel główny
find-goal = cel { $goal }
find-task = zadanie { $task }
find-progress = monitoring { $month }, zadanie { $task }
find-evaluation-comment = ocena { $date }: komentarz
find-evaluation-reasons = ocena { $date }, cel { $goal }: przyczyny
find-revealed = { $label } „{ $value }”
find-col-matched = znaleziono w
find-none = nic nie znaleziono: żadna sprawa nie zawiera `{ $text }`
find-reveal-note = --reveal pokazuje znalezione wartości
find-nothing-to-find = w `{ $text }` nie ma czego szukać
find-locked = nie można szukać: nie da się odszyfrować danych osobowych { $n ->
    [one] sprawy { $cases }
   *[other] { $n } spraw ({ $cases })
}, a wyszukiwanie bez nich pominęłoby to, co zawierają: { $reason }
find-locked-hint = ustaw w KOOP_IDENTITY ścieżkę do pliku swojego klucza prywatnego; jeśli go nie masz, utworzy go `koop keys generate`, a współpracownik, który może czytać sprawy, doda cię poleceniem `koop keys add` (docs/privacy.md)
find-locked-damaged-hint = przywróć uszkodzony plik z historii gita (wskaże go `koop check`; `git log -- <plik>`, `git checkout <commit> -- <plik>`)

## pomoc: nazwy wartości w składni (valname-NAZWA)

valname-address = ADRES
valname-age = WIEK
valname-agenda = PROGRAM
valname-at = SPOTKANIE
valname-author = AUTOR
valname-birth_year = ROK_URODZENIA
valname-by = KTO
valname-care = OPIEKA
valname-case = SPRAWA
valname-code = KOD
valname-comment = UWAGI
valname-contact = KONTAKT
valname-coordinator = KOORDYNATOR
valname-days = DNI
valname-decision = DECYZJA
valname-delegates = DELEGOWANI
valname-description = OPIS
valname-dir = FOLDER
valname-director = DYREKTOR
valname-end = KONIEC
valname-expectations = OCZEKIWANIA
valname-file = PLIK
valname-form = FORMA
valname-frequency_months = CO_ILE_MIESIĘCY
valname-function = FUNKCJA
valname-goal = CEL
valname-goals = CELE
valname-handover = PRZEKAZANIE
valname-health = ZDROWIE
valname-housing = MIESZKANIE
valname-institution = INSTYTUCJA
valname-institutions = INSTYTUCJE
valname-key = KLUCZ
valname-kind = RODZAJ
valname-language = JĘZYK
valname-level = SZCZEBEL
valname-locality = MIEJSCOWOŚĆ
valname-locative = MIEJSCOWNIK
valname-main = STOPIEŃ
valname-main_goal = STOPIEŃ
valname-material = SYTUACJA_MATERIALNA
valname-meeting = SPOTKANIE
valname-meeting_place = MIEJSCE_SPOTKAŃ
valname-member = CZŁONEK
valname-message = OPIS
valname-minutes_by = PROTOKOLANT
valname-name = NAZWA
valname-needs = POTRZEBY
valname-note = NOTATKA
valname-organisation_months = MIESIĄCE_ORGANIZACJI
valname-outcome = WYNIK
valname-owner = ODPOWIEDZIALNY
valname-own_attempt = WŁASNA_PRÓBA
valname-path = ŚCIEŻKA
valname-people = OSOBY
valname-period = OKRES
valname-person = OSOBA
valname-phone = TELEFON
valname-place = MIEJSCE
valname-position = STANOWISKO
valname-post = ETAT
valname-problems = PROBLEMY
valname-professional = SYTUACJA_ZAWODOWA
valname-provider = REALIZATOR
valname-reason = POWÓD
valname-record = WPIS
valname-referred_by = ZGŁASZAJĄCY
valname-referrer = PRACOWNIK
valname-relation = POKREWIEŃSTWO
valname-relations = RELACJE
valname-representative = PRZEDSTAWICIEL
valname-residence = MIEJSCE_ZAMIESZKANIA
valname-resources_assessed = ZASOBY
valname-responsible = ODPOWIEDZIALNY
valname-role = ROLA
valname-roles = ROLA
valname-scope = ZAKRES
valname-service = USŁUGA
valname-shell = POWŁOKA
valname-step = KROK
valname-summary_months = MIESIĄCE_PODSUMOWANIA
valname-target_group = ADRESACI
valname-task = ZADANIE
valname-team = ZESPÓŁ
valname-text = TREŚĆ
valname-variant = WARIANT
valname-what = CO
valname-when = KIEDY
valname-wojewodztwo = WOJEWÓDZTWO
valname-work_months = MIESIĄCE_REALIZACJI

## report missing

report-column-phone = telefon
report-column-email = e-mail
report-reminder-none = Wszystkie informacje za { $month } są już przekazane: nie ma komu przypominać.
report-reminder-to = Do: { $name } ({ $id })
report-reminder-contact = Kontakt: { $contacts }
report-reminder-body = { $n ->
    [one] Dzień dobry, wciąż czekamy na informację o postępach w realizacji tego zadania za { $month } (monitoring pracy z rodziną, zał. 7). Prosimy o przekazanie jej koordynatorowi sprawy:
    [few] Dzień dobry, wciąż czekamy na informację o postępach w realizacji tych { $n } zadań za { $month } (monitoring pracy z rodziną, zał. 7). Prosimy o przekazanie jej koordynatorowi sprawy:
   *[many] Dzień dobry, wciąż czekamy na informację o postępach w realizacji tych { $n } zadań za { $month } (monitoring pracy z rodziną, zał. 7). Prosimy o przekazanie jej koordynatorowi sprawy:
}
report-reminder-task = sprawa { $case }, zadanie { $task }: { $text } (termin { $due })
report-reminder-task-person = sprawa { $case }, zadanie { $task }: { $text } (termin { $due }; { $person })
report-reminder-end = Dziękujemy.
cmd-report-missing = Kto jeszcze nie przekazał informacji za miesiąc: zadania bez monitoringu według instytucji i osób, z telefonem i e-mailem; przypomnienia do wysłania
arg-report-missing-month = Miesiąc (YYYY-MM)
arg-report-missing-gmina = W repozytorium powiatu: tylko sprawy tej gminy
arg-report-missing-format = Format wyniku: tabela, JSON, CSV (do korespondencji seryjnej), Markdown albo po jednym przypomnieniu dla każdej instytucji (text)
value-text = Po jednym przypomnieniu dla każdej instytucji, gotowym do wysłania e-mailem
agenda-ics-name = koop: { $unit }
value-ics = iCalendar (RFC 5545) do zaimportowania w programie z kalendarzem
case-list-no-person = nie ma osoby o identyfikatorze `{ $id }`
case-list-no-institution = nie ma instytucji o identyfikatorze `{ $id }`
case-list-no-team = nie ma zespołu o identyfikatorze `{ $id }`
arg-case-list-kind = Tylko sprawy tego rodzaju
arg-case-list-coordinator = Tylko sprawy, które koordynuje ta osoba (identyfikator osoby)
arg-case-list-institution = Tylko sprawy, w których uczestniczy ta instytucja: zgłosiła je, pracuje przy nich albo odpowiada za zadanie (identyfikator instytucji)
arg-case-list-team = Tylko sprawy zakwalifikowane przez ten zespół (identyfikator zespołu)
arg-case-list-referred_from = Tylko sprawy zgłoszone tego dnia lub później
arg-case-list-referred_to = Tylko sprawy zgłoszone tego dnia lub wcześniej
arg-case-list-attention = Tylko sprawy w realizacji, które wymagają uwagi: zadanie po terminie, niepełny monitoring za poprzedni miesiąc albo termin oceny
monthly-no-institution = nie ma instytucji `{ $id }`
monthly-at = { $file }, wiersz { $line }, kolumna { $column }: { $message }
monthly-date-future = data { $date } jest w przyszłości
monthly-refused = { $n ->
    [one] { $n } wiersz pliku { $file } jest błędny; nic nie zostało zapisane
    [few] { $n } wiersze pliku { $file } są błędne; nic nie zostało zapisane
   *[many] { $n } wierszy pliku { $file } jest błędnych; nic nie zostało zapisane
}
monthly-refused-hint = popraw wskazane wiersze i spróbuj ponownie (przy formularzu możesz też użyć --partial, żeby zapisać poprawne wiersze)
monthly-op = monitoring za { $month }: { $cases }
monthly-written = { $n ->
    [one] Zapisano { $n } wpis za { $month }
    [few] Zapisano { $n } wpisy za { $month }
   *[many] Zapisano { $n } wpisów za { $month }
} ({ $cases ->
    [one] { $cases } sprawa
    [few] { $cases } sprawy
   *[many] { $cases } spraw
})
monthly-skipped = { $n ->
    [one] { $n } wiersz był już zapisany i został pominięty
    [few] { $n } wiersze były już zapisane i zostały pominięte
   *[many] { $n } wierszy było już zapisanych i zostało pominiętych
}
monthly-partly = { $n ->
    [one] { $n } wiersz pliku { $file } nie został zapisany (zob. wyżej)
    [few] { $n } wiersze pliku { $file } nie zostały zapisane (zob. wyżej)
   *[many] { $n } wierszy pliku { $file } nie zostało zapisanych (zob. wyżej)
}
monthly-nothing-open = w { $month } żadna sprawa w realizacji nie ma otwartych zadań; nie ma czego monitorować
monthly-sheet-name = arkusz monitoringu { $month }
monthly-not-utf8 = tekst nie jest zapisany w UTF-8
monthly-not-utf8-hint = zapisz plik jako „CSV UTF-8” (w arkuszu kalkulacyjnym: Zapisz jako → CSV UTF-8)
monthly-nothing-filled = nie wpisano żadnego postępu; nic nie zostało zapisane
monthly-sheet-not-saved = nic nie zostało zapisane
monthly-abandoned = porzucono monitoring za miesiąc; nic nie zostało zapisane
monthly-sheet-head = Monitoring za { $month } (zał. 7), informacje z dnia { $date }.
    Wpisz postęp po dwukropku w wierszu zadania, potem zapisz plik i zamknij edytor.
    Każdy wypełniony wiersz staje się wpisem; puste wiersze są pomijane; wiersze zaczynające się od # to uwagi.
    Jeśli informację przekazuje ktoś inny, zmień identyfikator przed dwukropkiem (instytucja, osoba albo członek, np. m1).
monthly-sheet-case = sprawa { $case }
monthly-sheet-due = , termin { $date }
monthly-sheet-reported = już przekazano ({ $who }, { $date }): { $progress }
monthly-line-syntax = wiersz do wypełnienia ma postać `SPRAWA ZADANIE KTO: postęp`
monthly-col-month = miesiąc
monthly-col-by = kto przekazuje
monthly-col-case = sprawa
monthly-col-task = zadanie
monthly-col-text = treść zadania
monthly-col-due = termin
monthly-col-reported = już przekazano
monthly-col-progress = postęp
monthly-col-date = data
monthly-col-task_id = identyfikator zadania
monthly-csv-write = nie udało się zapisać formularza CSV
monthly-xlsx-write = nie udało się zapisać formularza XLSX
monthly-sheet-written = Zapisano formularz ({ $n ->
    [one] { $n } zadanie
    [few] { $n } zadania
   *[many] { $n } zadań
}) do pliku { $path }
monthly-xlsx-terminal = formularza XLSX nie da się wyświetlić w terminalu
monthly-xlsx-terminal-hint = zapisz go do pliku: koop monitor sheet { $month } --by { $by } -o formularz-{ $month }.xlsx
monthly-xlsx-title = Monitoring { $month }: { $by }
monthly-csv-broken = plik CSV jest w tym miejscu uszkodzony
monthly-xlsx-broken = nie da się odczytać pliku { $file } jako skoroszytu XLSX
monthly-xlsx-broken-hint = zapisz go ponownie jako skoroszyt programu Excel (.xlsx) albo jako „CSV UTF-8”
monthly-many-months = { $file } zawiera wiersze za kilka miesięcy ({ $months }); formularz dotyczy jednego miesiąca
monthly-unknown-column = koop nie zna kolumny `{ $name }`
monthly-unknown-column-hint = kolumny to: { $columns } (po polsku albo po angielsku)
monthly-missing-column = w pliku { $file } brak kolumny `{ $name }`
monthly-missing-column-hint = zacznij od formularza, który przygotowuje `koop monitor sheet`
monthly-bad-month = `{ $value }` nie jest miesiącem (YYYY-MM)
monthly-bad-date = `{ $value }` nie jest datą (YYYY-MM-DD)
monthly-empty-cell = kolumna `{ $name }` jest pusta w wierszu z wpisanym postępem

# Prowadzony start (koop case new, koop meeting new w terminalu bez argumentów)
guided-case-intro = Rejestracja zgłoszenia. Odpowiedz na każde pytanie i naciśnij Enter; Ctrl-D kończy bez zapisywania czegokolwiek.
guided-meeting-intro = Planowanie spotkania. Odpowiedz na każde pytanie i naciśnij Enter; Ctrl-D kończy bez zapisywania czegokolwiek.
guided-institutions = Instytucje w repozytorium:
guided-institution = Instytucja zgłaszająca (numer lub identyfikator):
guided-no-institutions = w repozytorium nie ma jeszcze instytucji, więc żadna nie może zgłosić sprawy
guided-no-institutions-hint = najpierw dodaj instytucję zgłaszającą: koop institution add --name … --kind … --level …
guided-kinds = Z kim prowadzona jest praca:
guided-kind = Rodzaj sprawy (numer):
guided-referral-date = Data zgłoszenia, RRRR-MM-DD (Enter: { $today }):
guided-members = Członkowie gospodarstwa domowego, po kolei (w sprawie jednej osoby: ta osoba); puste imię kończy listę.
guided-member-name = Imię i nazwisko członka { $member } (Enter: nikogo więcej):
guided-member-relation = Pokrewieństwo { $member } w gospodarstwie, np. matka, syn (Enter: nie podano):
guided-member-birth-year = Rok urodzenia { $member } (Enter: nieznany):
guided-year-range = podaj rok od 1900 do 2100 albo naciśnij Enter, gdy jest nieznany
guided-consent = Czy wyrażono zgodę na pracę? [{ $yes }/{ $no }]:
guided-consent-by = Kto jej udzielił (numer; Enter: pierwszy):
guided-consent-date = Data zgody, RRRR-MM-DD (Enter: { $date }):
guided-consent-before-referral = zgoda nie może być wcześniejsza niż zgłoszenie ({ $date })
guided-consent-form = Forma zgody (numer; Enter: nie podano):
guided-teams = Zespoły w repozytorium:
guided-team = Zespół (numer lub identyfikator):
guided-no-teams = w repozytorium nie ma jeszcze zespołów, więc nie można zaplanować spotkania
guided-no-teams-hint = najpierw powołaj zespół: koop team new --kind … --name …
guided-meeting-kinds = Rodzaje spotkań:
guided-meeting-kind = Rodzaj spotkania (numer; Enter: { $default }):
guided-meeting-agenda = Wypełnić porządek spotkania inicjującego (zał. 2)? [{ $yes }/{ $no }]:
guided-meeting-date = Dzień spotkania, RRRR-MM-DD:
guided-meeting-start = Początek, GG:MM:
guided-meeting-end = Koniec, GG:MM:
guided-meeting-place = Miejsce:
guided-required = tu potrzebna jest odpowiedź
guided-choose-number = wpisz numer od 1 do { $n } albo słowo z listy
guided-yes = t
guided-no = n
guided-yes-words = t tak y yes
guided-no-words = n nie no
guided-answer-yes-no = odpowiedz t (tak) albo n (nie)
guided-will-run = Zostaną wykonane te polecenia, jako jedna zmiana:
guided-confirm = Wykonać je? [{ $yes }/{ $no }]:
guided-nothing-written = niczego nie zapisano

## Import CSV (`koop institution import`, `koop person import`)
import-stdin = nie da się odczytać pliku CSV ze standardowego wejścia
import-unreadable = { $file }:{ $line }: nie da się odczytać tego pliku CSV
import-unheaded = { $file }:{ $line }: kolumna { $n } ma wartość, ale nie ma nagłówka
import-unheaded-hint = nazwij tę kolumnę w wierszu nagłówka albo usuń jej wartości (albo sprawdź separator: przecinek w wartości pliku rozdzielanego przecinkami musi być w cudzysłowie)
import-empty = { $file } nie ma wiersza nagłówka (plik jest pusty)
import-not-utf8 = { $file }:{ $line }:{ $column }: plik nie jest tekstem w UTF-8
import-not-utf8-hint = w Excelu zapisz go jako „CSV UTF-8 (rozdzielany przecinkami)”; plik zapisany przez polskiego Excela jako zwykły „CSV” wczytasz z --encoding windows-1250
import-unknown-column = { $file }: nieznana kolumna `{ $column }`
import-columns = dozwolone kolumny: { $columns } (docs/format.md, „Importing CSV”)
import-repeated-column = { $file }: kolumny `{ $first }` i `{ $column }` oznaczają to samo (`{ $key }`)
import-missing-columns = w { $file } brakuje kolumny { $columns }
import-refused = { $n ->
    [one] { $file }: { $n } wiersz zawiera błędy; niczego nie zaimportowano
    [few] { $file }: { $n } wiersze zawierają błędy; niczego nie zaimportowano
   *[many] { $file }: { $n } wierszy zawiera błędy; niczego nie zaimportowano
}
import-refused-hint = popraw wskazane wyżej wiersze i zaimportuj plik ponownie (--dry-run sprawdza go bez zapisywania)
import-bad-word = { $column } `{ $value }`: ta kolumna nie przyjmuje takiej wartości
import-words = dozwolone: { $words }
import-bad-cell = { $column } `{ $value }`: { $reason }
import-repeated-id = identyfikator `{ $id }` występuje też w wierszu { $line }
import-repeated-id-hint = nadaj jednemu z wierszy inny identyfikator w kolumnie `id`
import-institution-differs = instytucja `{ $id }` już istnieje i różni się w kolumnach: { $columns }
import-person-differs = osoba `{ $id }` już istnieje i różni się w kolumnach: { $columns }
import-differs-hint = podaj --update, aby zmienić ją zgodnie z wierszem, albo popraw wiersz
import-person-elsewhere = osoba `{ $id }` już istnieje w instytucji `{ $institution }` ({ $path })
import-person-elsewhere-hint = import nie przenosi osób: nadaj wierszowi inny identyfikator w kolumnie `id` albo popraw instytucję
import-would = zostałoby zrobione: { $what }
import-unchanged = { $n ->
    [one] { $n } wiersz zgadza się już z wpisem; pominięty
    [few] { $n } wiersze zgadzają się już z wpisami; pominięte
   *[many] { $n } wierszy zgadza się już z wpisami; pominięte
}
import-done = Zaimportowano { $file }: dodano { $added }, zmieniono { $updated }, bez zmian { $unchanged }

## koop region

region-not-a-workspace = tu nie ma obszaru roboczego regionu: brak { $file } w { $path } ani w katalogu powyżej
region-not-a-workspace-hint = utwórz go poleceniem `koop region init KATALOG` albo wskaż jego katalog opcją `-C KATALOG`
region-bad-file = nie da się odczytać { $path } jako obszaru roboczego regionu
region-init-exists = { $path } już istnieje
region-initialised = Utworzono { $path }; repozytoria dodaje się poleceniem `koop region add ŚCIEŻKA|ADRES`
region-add-no-folder = nie ma katalogu { $path }
region-add-not-koop = { $path } nie jest repozytorium koop (brak w nim { $file })
region-add-not-koop-hint = podaj katalog repozytorium gminy lub powiatu albo adres git
region-add-duplicate = obszar roboczy ma już repozytorium o nazwie `{ $name }`
region-add-duplicate-hint = podaj inną nazwę opcją --name
region-add-listed = { $source } jest już na liście jako `{ $name }`
region-added = Dodano { $name }
region-added-remote-note = `koop region pull` je sklonuje
region-empty = obszar roboczy nie zawiera żadnego repozytorium
region-empty-hint = dodaj je poleceniem `koop region add ŚCIEŻKA|ADRES`
region-progress = Repozytoria: { $n }/{ $total }…
region-missing = nie ma katalogu { $path }
region-missing-pull-hint = `koop region pull` je sklonuje
region-failed = { $name }: { $error }
region-pull-cloned = sklonowano
region-pull-updated = aktualne
region-pull-local = katalog lokalny
region-pull-failed = błąd
region-error-cell = (błąd)
region-total = RAZEM
region-stats-period = Okres { $from } – { $to }
region-column-repository = repozytorium
region-column-source = ścieżka lub adres
region-column-pull = pobranie
region-column-kind = rodzaj
region-column-unit = jednostka
region-column-stage = etap
region-column-next-step = następny krok
region-column-steps-late = kroki opóźnione
region-column-cases = sprawy
region-column-referred = zgłoszone
region-column-qualified = zakwalifikowane
region-column-active = w realizacji
region-column-closed = zakończone
region-column-last-change = ostatnia zmiana
region-column-errors = błędy
region-column-warnings = ostrzeżenia
region-column-new = nowe
region-column-goals-achieved = osiągnięte cele
region-column-tasks-overdue = zaległe zadania
region-column-people = objęte osoby
region-column-meetings = odbyte spotkania
region-column-service = usługa
region-column-provider = realizator
region-column-level = poziom
region-column-target-group = dla kogo
region-column-contact = kontakt
region-column-reported = zgłoszenie do ROPS
region-column-resources-assessed = ocena zasobów
region-column-own-attempt = próba samodzielna
region-column-actions = dotychczasowe działania
region-yes = tak
region-no = nie
region-not-reported = (nie zgłoszono)
