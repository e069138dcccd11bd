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

## cmdb: commands (git, sync, keys, doc, init, edit, check, completions, migrate, diff, undo, report, agenda, export, output), cli.rs, complete.rs, doc/, report/

# commands/mod.rs: to, co wspólne dla wszystkich poleceń
commands-strict-skipped = { $n ->
    [one] nie udało się odczytać { $n } pliku z danymi: { $files }
   *[many] nie udało się odczytać { $n } plików z danymi: { $files }
}
commands-strict-skipped-hint = `koop check` pokaże, co jest nie tak; bez --strict te pliki zostaną pominięte
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
git-set-up = Skonfigurowano tę kopię repozytorium: wpisy są scalane według tożsamości, także zaszyfrowane, a `git diff` pokazuje posiadaczom kluczy odszyfrowany tekst
git-attributes-updated = zaktualizowano .gitattributes: zatwierdź go commitem, żeby każda kopia repozytorium używała tych sterowników
git-exe-unknown = nie da się ustalić, gdzie jest zainstalowany koop
git-driver-name = koop: wpisy scalane według tożsamości
git-driver-name-encrypted = koop: zaszyfrowane wpisy scalane według tożsamości
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
keys-identity-exists-hint = koop nigdy nie nadpisuje tożsamości: jej utrata odcina dostęp do spraw
keys-cannot-create-folder = nie udało się utworzyć folderu { $path }
keys-no-home = nie wiadomo, gdzie zapisać twoją tożsamość: zmienna HOME nie jest ustawiona
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
keys-column-name = NAZWA
keys-column-kind = RODZAJ
keys-column-key = KLUCZ
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
doc-column-document = DOKUMENT
doc-column-id = IDENTYFIKATOR
doc-column-source = ŹRÓDŁO
doc-column-what = CO TO JEST
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
doc-column-template = SZABLON
doc-column-from = SKĄD
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
init-git-inside = Folder leży w istniejącym katalogu roboczym git; `koop git setup` uruchomione w nim skonfiguruje sterowniki scalania koop.
init-no-git = git nie jest zainstalowany; żeby udostępniać repozytorium, uruchom później `git init`
init-git-failed = git init się nie powiódł: { $reason }
init-encrypted = Dane osobowe są szyfrowane kluczem z { $key }; twoja tożsamość: { $identity }.
init-identity-created = utworzono twoją tożsamość w { $path } (tylko ty możesz ją odczytać): zrób jej kopię zapasową w bezpiecznym miejscu; bez niej nie odczytasz spraw
init-plain = dane osobowe (członkowie rodziny, diagnozy) będą zapisywane otwartym tekstem; `koop keys add <twoja-nazwa>` zaszyfruje je później (docs/privacy.md)
init-next = Dalej: koop institution add --name <NAZWA> --kind ops --level gmina
init-identity-unreadable-hint = albo uruchom `koop init … --no-encrypt`, a klucz dodaj później przez `koop keys add`
init-no-home = nie wiadomo, gdzie przechowywać twoją tożsamość: zmienna HOME nie jest ustawiona
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
check-column-code = kod
check-column-name = nazwa
check-column-severity = waga
check-column-checks = co sprawdza
check-md-title = koop check: reguły
check-md-generated = Wygenerowane przez `koop rules --format md > docs/rules.md`; test się nie powiedzie, gdy plik jest nieaktualny.
check-md-intro =
    Każda uwaga `koop check` ma stały kod. `koop explain KOD` wypisuje ten sam
    tekst co poniżej. Reguły wybierzesz przez `koop check --rule KOD`, wyciszysz przez
    `--allow KOD` albo `[check] allow = ["KOD"]` w koop.toml, a ostrzeżenia zamienisz w błędy przez
    `--deny warnings`.
check-md-rule = **{ $name }** — { $summary }.
check-md-rule-read = **{ $name }** — { $summary } (wykrywane przy odczycie plików).
check-md-severity = - Waga: { $severity }
check-md-source = - Źródło: { $source }
check-explain-head = { $code } { $name }: { $summary }
check-explain-head-read = { $code } { $name }: { $summary } (wykrywane przy odczycie plików)
check-explain-severity = waga: { $severity }
check-explain-source = źródło: { $source }
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
diff-no-newline = Brak znaku nowej linii na końcu pliku
# commands/undo.rs
undo-nothing = nie ma czego cofać: koop nie zapisał tu w dzienniku żadnej zmiany
undo-nothing-hint = `koop log` pokazuje zmiany wprowadzone przez koop; zmiany wprowadzone ręcznie albo przez git cofa się w git (`git restore`, `git revert`)
undo-refused-hint = cofnięcie wycofałoby operację { $id } ({ $description }); `koop undo --force` zrobi to mimo to
undo-op = cofnięcie { $id }: { $description }
undo-done = { $n ->
    [one] Cofnięto operację { $id } ({ $description }): przywrócono { $n } plik do poprzedniej postaci
    [few] Cofnięto operację { $id } ({ $description }): przywrócono { $n } pliki do poprzedniej postaci
   *[many] Cofnięto operację { $id } ({ $description }): przywrócono { $n } plików do poprzedniej postaci
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
report-column-active-cases = aktywne sprawy
report-column-open-tasks = otwarte zadania
report-column-cases = sprawy
report-member-of = { $member } (członek rodziny w sprawie { $case })
# commands/agenda.rs, report/agenda.rs
agenda-rsvp = { $n ->
    [one] { $n } instytucja potwierdza obecność: { $institutions }
    [few] { $n } instytucje potwierdzają obecność: { $institutions }
   *[many] { $n } instytucji potwierdza obecność: { $institutions }
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
cli-run-today-hint = ustaw KOOP_TODAY na datę w postaci RRRR-MM-DD albo usuń tę zmienną
# complete.rs: czym jest uzupełniany identyfikator
complete-case = sprawa
complete-institution = instytucja
complete-person = osoba
complete-team = zespół
complete-meeting = spotkanie
