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
rule-k001-explain = Pliku, który nie jest zapisany w UTF-8 albo nie jest poprawnym TOML, nie da się w ogóle odczytać, więc nic z niego nie jest sprawdzane ani pokazywane. Co zrobić: zapisz plik w UTF-8 i popraw TOML we wskazanym wierszu (najczęściej winny jest niezamknięty cudzysłów albo nawias).
rule-k002-summary = każdy wpis ma klucze wymagane dla swojego rodzaju, z wartościami właściwego typu
rule-k002-explain = Każdy rodzaj wpisu ma ustalony zestaw kluczy (docs/format.md). Nieznany klucz to zwykle literówka, która inaczej zostałaby po cichu pominięta; wartość złego typu albo niemożliwa data zostałyby odczytane błędnie. Co zrobić: użyj klucza lub wartości, które podpowiada wskazówka.
rule-k002-post = post = { $post } nie jest częścią etatu (więcej niż 0, najwyżej 1)
rule-k002-post-help = wpisz np. 0.5 dla pół etatu, 1 dla pełnego etatu
rule-k002-months = { $key } = { $months } jest poza zakresem (od 1 do { $max })
rule-k002-months-help = Założenia organizacyjne Modelu Kooperacji, pkt 14 proponują ok. 3, do 13 i ok. 2 miesięcy
rule-k003-summary = nazwy plików i folderów są identyfikatorami (a-z, 0-9, pojedyncze łączniki); numery spraw mają postać YYYY-NNN
rule-k003-explain = Identyfikatorem wpisu jest nazwa jego pliku lub folderu; przez nią odwołują się do niego inne wpisy, więc musi to być prosta nazwa z małych liter, cyfr i łączników. Numer sprawy to rok zgłoszenia i numer kolejny, jak na karcie („nr identyfikacyjny”). Co zrobić: zmień nazwę pliku lub folderu (wskazówka podpowiada nazwę) i popraw odwołania do niego.
rule-k003-case-number = numer sprawy `{ $id }` nie ma postaci YYYY-NNN
rule-k003-case-number-help = wpisz rok zgłoszenia i trzycyfrowy numer kolejny, np. 2026-004
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
rule-k011-minor-own-help = zapisz zgodę rodzica lub opiekuna prawnego w imieniu { $member }: `koop case consent { $case } --by <parent> --for { $member } …`
rule-k011-no-consent = sprawa { $case } ma status { $status }, a nie zapisano zgody
rule-k011-no-consent-help = zapisz ją: `koop case consent` (albo [[consent]] z date, by — identyfikatorem członka rodziny — i scope)
rule-k011-qualified-without = sprawę { $case } zakwalifikowano { $date }, gdy nie obowiązywała żadna zgoda (wcześniej ją wycofano)
rule-k011-qualified-without-help = kwalifikacja wymaga zgody osoby lub rodziny obowiązującej w tym dniu
rule-k011-all-withdrawn = sprawa { $case } ma status { $status }, ale wszystkie zgody wycofano (ostatnią { $date })
rule-k011-all-withdrawn-help = praca toczy się tylko za zgodą: `koop case end { $case } refused --date { $date } --reason …` (albo discontinued)
rule-k011-minor-not-covered = sprawa { $case }: brak zgody przedstawiciela ustawowego za niepełnoletniego członka rodziny { $member }
rule-k011-minor-not-covered-help = Model działa „za zgodą osoby/rodziny”: `koop case consent { $case } --by <parent> --for { $member } …`
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
rule-k020-explain = Zał. 7 wypełnia się „na podstawie miesięcznych informacji od pracowników instytucji”. Miesiąc bez informacji od odpowiedzialnego zostawia koordynatora bez wiedzy o postępach. Co zrobić: `koop monitor add <case> --month … --task … --by …`.
rule-k020-reporter-task = { $who } (zadanie { $task })
rule-k020-missing-monitoring = sprawa { $case }: brak monitoringu od { $who } za { $months } ({ $n ->
        [one] { $n } miesiąc
        [few] { $n } miesiące
       *[many] { $n } miesięcy
    })
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
rule-k026-no-minutes-taker-help = zał. 2: „należy pamiętać aby zawsze była obecna osoba odpowiedzialna za sporządzenie protokołu” — `koop meeting minutes { $meeting } --by <person>`
rule-k026-no-minutes = spotkanie { $meeting } się odbyło, ale nie ma protokołu
rule-k026-no-minutes-help = zał. 2: „Z każdego spotkania powinien być sporządzany protokół” — `koop meeting minutes { $meeting } --file protokol.txt`
rule-k027-summary = protokół zatwierdza się na następnym spotkaniu zespołu
rule-k027-explain = Zał. 2: „Protokół powinien być zatwierdzany po wcześniejszym ustaleniu przez kooperantów na początku kolejnego spotkania.” Co zrobić: `koop meeting approve <meeting> --at <next meeting>`.
rule-k027-not-approved = protokołu ze spotkania { $meeting } nie zatwierdzono na następnym spotkaniu ({ $next })
rule-k027-not-approved-help = zał. 2: „Protokół powinien być zatwierdzany [...] na początku kolejnego spotkania” — `koop meeting approve { $meeting } --at { $next }`
rule-k028-summary = ustalenia ze spotkań, których termin minął, są wykonane
rule-k028-explain = Partnerzy zobowiązują się do „realizacja ustaleń i harmonogramu wynikającego ze spotkań Partnerskich” (zał. 3 §2). Ustalenie po terminie i niewykonane trzeba omówić na następnym spotkaniu. Co zrobić: zapisz przy ustaleniu `done = YYYY-MM-DD` albo nowy termin `due`.
rule-k028-not-done = ustalenie ze spotkania { $meeting } miało termin { $due } i nie zostało wykonane: { $text }
rule-k028-not-done-help = zapisz `done = YYYY-MM-DD` albo ustalcie nowy termin na następnym spotkaniu
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
rule-k032-plain-help = `koop keys add <your-name>` włączy szyfrowanie w repozytorium (docs/privacy.md)
rule-k033-summary = niezaszyfrowane pliki sprawy (sprawa, plan, monitoring, oceny) wskazują członków rodziny identyfikatorem, nie imieniem i nazwiskiem
rule-k033-explain = Zaszyfrowane są tylko members.toml i diagnosis.toml; sprawa, plan, monitoring i oceny pozostają czytelne, żeby zespół mógł nad nimi pracować, i wskazują członków rodziny identyfikatorem (koop pokazuje ich jako m1, m2). Imię lub nazwisko wpisane w ich treść (cel, zadanie, informację o postępie, przyczynę) wędruje z repozytorium jawnym tekstem, wbrew zasadzie tajności z zał. 5 §3.6 („Wszystkich członków obowiązuje zasada tajności informacji przekazywanych na spotkaniach Grupy.”). Reguła szuka imienia i nazwiska każdego członka rodziny (także odmienionych: Kowalski, Kowalskiego), gdy członków da się odszyfrować. Co zrobić: zastąp imię i nazwisko numerem członka rodziny albo jego rolą („m1”, „matka”).
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
rule-k046-explain = Załącznik nr 3 wymienia każdą stronę „reprezentowanym/ą przez” jej przedstawiciela, a po polsku wymaga to biernika: „przez Małgorzatę Wiśniewską”, „przez Andrzeja Szymańskiego”. koop tworzy tę formę tam, gdzie rozstrzygają ją reguły języka (imiona, nazwiska na -ski/-cki/-dzki i na -a, nieodmienne nazwiska kobiet, nazwiska męskie bez zmiany samogłoski), a w pozostałych przypadkach drukuje imię i nazwisko bez odmiany, czego dyrektor by nie podpisał. Co zrobić: zapisz formę — `representative_accusative = "Krzysztofa Wróbla"` we wpisie strony w pliku zespołu (`--representative-accusative` w `koop team sign`) albo `director_accusative` w pliku instytucji, gdy podpisuje dyrektor (`--director-accusative` w `koop institution add`). Ten sam paragraf podaje siedzibę każdej strony, „z siedzibą w” miejscowości w miejscowniku i adres: koop bierze miejscowość z adresu z ulicą w miejscowości samego repozytorium (miejscownik z koop.toml), a w pozostałych przypadkach potrzebuje `locality_locative = "Dąbrówce"` w pliku instytucji (`--locality-locative`).
rule-k046-seat = porozumienie zespołu `{ $team }` podaje siedzibę `{ $institution }` jako „z siedzibą w …” (zał. 3), a koop nie umie ustalić z adresu miejscownika tej miejscowości
rule-k046-seat-help = zapisz go: `locality_locative = "…"` w institutions/{ $institution }/institution.toml („Dąbrówce” dla Dąbrówki)
rule-k046-name = porozumienie zespołu `{ $team }` wymienia `{ $name }` po „przez” (zał. 3), a koop nie umie utworzyć biernika tego imienia i nazwiska
rule-k046-representative-help = zapisz go: `representative_accusative = "…"` we wpisie tej strony porozumienia (dla nowej strony: `koop team sign … --representative-accusative`)
rule-k046-director-help = zapisz go: `director_accusative = "…"` w institutions/{ $institution }/institution.toml
rule-k047-summary = porozumienie podpisane po zakończeniu projektu „Kooperacja – efektywna i skuteczna” podaje § 1 ust. 1 własnymi słowami stron
rule-k047-explain = Załącznik nr 5, § 1 ust. 1 mówi, że porozumienie zawiera się „w związku z realizacją … projektu pn. „Kooperacja – efektywna i skuteczna”, współfinansowanego ze środków EFS w ramach Programu Operacyjnego Wiedza Edukacja Rozwój 2014-20”, a przypis do niego: „W przypadku powoływania Zespołu po zakończeniu realizacji projektu, zapis będzie zmieniony”. Projekty programu zakończyły się wraz z okresem kwalifikowalności 31 grudnia 2023 r., więc zespół, którego porozumienie podpisano później, potrzebuje tego ustępu we własnym brzmieniu; wzór go nie podaje, a koop drukuje brzmienie projektowe, dopóki nie zostanie zapisane inne. Co zrobić: `koop team agreement TEAM --purpose "…"` (pole `purpose` porozumienia), które zastępuje § 1 ust. 1 i jego przypis.
rule-k047-purpose = porozumienie zespołu `{ $team }` podpisano { $signed }, po zakończeniu projektu „Kooperacja – efektywna i skuteczna”, a jego § 1 ust. 1 wciąż opisuje ten projekt
rule-k047-purpose-help = zał. 5, przypis 1: „W przypadku powoływania Zespołu po zakończeniu realizacji projektu, zapis będzie zmieniony” — zapisz własne brzmienie: `koop team agreement { $team } --purpose "…"`
