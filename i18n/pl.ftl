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
model-slot-monday-or-friday = { $date } to { $weekday }: „Starajmy się unikać organizacji spotkań na początku i końcu tygodnia, czyli poniedziałek i piątek”
model-slot-weekend = { $date } to { $weekday }: „Ważne aby spotkanie odbywało się w godzinach pracy”
model-slot-holiday = { $date } to dzień wolny od pracy ({ $holiday }): „Ważne aby spotkanie odbywało się w godzinach pracy”
model-slot-outside-hours = { $start }–{ $end } wypada poza godzinami pracy (8:00–16:00): „Ważne aby spotkanie odbywało się w godzinach pracy”
model-slot-too-long = trwa { $hours } h { $minutes } min: „Czas spotkania nie powinien być dłuższy niż dwie godziny”
model-time-bad = `{ $value }` to nie jest godzina; wpisz ją jako HH:MM, np. 10:00
model-time-out-of-range = `{ $value }` to nie jest godzina w ciągu doby
model-case-not-qualified-hint = sprawa nie jest zakwalifikowana: nie ma czego cofać
model-case-plan-adopted-hint = plan sprawy jest już przyjęty: `koop undo` zaraz po `koop case activate` to cofa; w innym wypadku popraw sprawę (`koop edit`)
model-case-not-ended-hint = sprawa nie jest zakończona: nie ma czego wznawiać
model-case-never-qualified-hint = sprawa nie została zakwalifikowana: pasuje `koop case end … not-qualified`, `refused` albo `withdrawn`
model-case-qualified-hint = sprawa jest zakwalifikowana: pasuje `koop case end … discontinued` (albo `refused`, dopóki plan nie jest przyjęty)
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
crypt-no-public-key = nie można ustalić klucza publicznego dla Twojego klucza prywatnego { $path }
crypt-no-public-key-hint = umieść obok niego klucz publiczny (ta sama nazwa z `.pub`) albo podaj go: `koop keys add <name> ~/.ssh/id_ed25519.pub`
crypt-cannot-read-identity = nie można odczytać Twojego klucza prywatnego { $path }
crypt-identity-hint = ustaw w KOOP_IDENTITY ścieżkę do pliku swojego klucza prywatnego albo utwórz go poleceniem `koop keys generate`
crypt-identity-not-text = { $path }: plik klucza prywatnego powinien być tekstem, a ten nim nie jest
crypt-bad-ssh-identity = { $path }: to nie jest klucz prywatny SSH, którego koop może użyć
crypt-passphrase = { $path }: klucz SSH jest chroniony hasłem, a koop nie umie o nie zapytać
crypt-passphrase-hint = użyj w koop klucza age (`koop keys generate`)
crypt-unsupported-ssh = { $path }: ten rodzaj klucza SSH nie jest obsługiwany
crypt-unsupported-ssh-hint = użyj klucza ssh-ed25519 albo klucza age (`koop keys generate`)
crypt-public-not-private = { $path }:{ $line }: to jest klucz publiczny, a potrzebny jest Twój klucz prywatny
crypt-public-not-private-hint = wskaż w KOOP_IDENTITY plik klucza prywatnego (dla SSH: ta sama nazwa bez `.pub`)
crypt-not-age-identity = { $path }:{ $line }: to nie jest klucz prywatny age (AGE-SECRET-KEY-1…)
crypt-not-age-identity-hint = plik klucza prywatnego tworzy `koop keys generate` albo age-keygen
crypt-no-key = { $path } nie zawiera żadnego klucza
crypt-no-identity = to wymaga danych osobowych, które są zaszyfrowane, a nie masz klucza prywatnego, by je odszyfrować
crypt-no-identity-hint = ustaw w KOOP_IDENTITY ścieżkę do pliku swojego klucza prywatnego (domyślnie: { $path }); jeśli go nie masz, utworzy go `koop keys generate`, a współpracownik doda Cię poleceniem `koop keys add`
crypt-identity-file =
    # klucz prywatny koop: nikomu go nie udostępniaj i zrób jego kopię zapasową; bez niego nie odczytasz spraw.
    # klucz publiczny: { $public }
crypt-damaged = plik jest uszkodzony albo nie jest plikiem age
crypt-reason-no-identity = nie masz klucza prywatnego (KOOP_IDENTITY albo { $path }; utworzy go `koop keys generate`)
crypt-reason-bad-identity = nie można użyć Twojego klucza prywatnego: { $error }
crypt-reason-not-for-you = plik nie jest zaszyfrowany dla Twojego klucza ({ $path }); współpracownik, który może go odczytać, doda Cię poleceniem `koop keys add`
crypt-reason-damaged = { crypt-damaged }: { $error }
crypt-cannot-encrypt = nie można zaszyfrować
