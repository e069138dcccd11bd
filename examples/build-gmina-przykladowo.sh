#!/usr/bin/env bash
# Regenerates examples/gmina-przykladowo/ — a fictional gmina — by running the real koop CLI.
#
# Usage: examples/build-gmina-przykladowo.sh [KOOP]
#   KOOP  the koop binary to use (default: `koop` on PATH), e.g. target/debug/koop
#
# The folder is deleted and created again; the output is deterministic, so running this twice
# gives byte-identical files. All names, addresses, phone numbers and e-mail addresses are
# fictional.
set -euo pipefail

KOOP="${1:-koop}"
# A relative path to the binary (target/debug/koop) is taken from the current folder.
if [[ "$KOOP" == */* ]]; then
    KOOP="$(cd "$(dirname "$KOOP")" && pwd)/$(basename "$KOOP")"
fi

cd "$(dirname "${BASH_SOURCE[0]}")/.."
REPO=examples/gmina-przykladowo

k() { "$KOOP" -C "$REPO" "$@"; }
# Identities (of members, goals, tasks…) and folder suffixes are random in real use; a fixed
# seed makes them the same on every rebuild. Never set KOOP_ID_SEED for real work.
export KOOP_ID_SEED=gmina-przykladowo
# The example speaks each reader's language: built without `[koop] language` whatever the
# builder's locale (koop init in a Polish locale would write `language = "pl"`).
export KOOP_LANG=en

rm -rf "$REPO"
"$KOOP" init gmina --name Przykładowo --locative Przykładowie --powiat przykładowski --wojewodztwo mazowieckie \
    --teryt 1420011 --no-git --no-encrypt --as-of 2026-11-23 "$REPO"
# `--as-of`: the example describes the gmina on 23 November 2026, whatever the reader's date
# (`as_of` in koop.toml; KOOP_TODAY and explicit dates still win).
# The people here are invented, so the example keeps their data readable; a real repository
# encrypts it (docs/privacy.md) and does not allow K032.
cat >> "$REPO/koop.toml" <<'TOML'

[check]
# Invented people: personal data kept readable for the example (docs/privacy.md).
allow = ["K032"]
TOML

# ---------------------------------------------------------------------------------------------
# Institutions (instytucje)
# ---------------------------------------------------------------------------------------------

k institution add --id ug-przykladowo --kind local-government --level gmina \
    --name "Urząd Gminy Przykładowo" \
    --address "ul. Tadeusza Kościuszki 12, 05-999 Przykładowo" \
    --phone "22 600 10 00" --email urzad@przykladowo.pl --director "Stanisław Olszewski" \
    --director-title "Wójt Gminy"

k institution add --id gops-przykladowo --kind ops --level gmina \
    --name "Gminny Ośrodek Pomocy Społecznej w Przykładowie" \
    --address "ul. Lipowa 5, 05-999 Przykładowo" \
    --phone "22 600 10 01" --email gops@przykladowo.pl --director "Małgorzata Wiśniewska" \
    --director-title "Kierownik"

k institution add --id sp1-przykladowo --kind school --level gmina \
    --name "Szkoła Podstawowa nr 1 im. Marii Konopnickiej w Przykładowie" \
    --address "ul. Szkolna 8, 05-999 Przykładowo" \
    --phone "22 600 10 21" --email sp1@przykladowo.pl --director "Marek Wojciechowski"

k institution add --id sp-dabrowka --kind school --level gmina \
    --name "Szkoła Podstawowa w Dąbrówce" \
    --address "Dąbrówka 45, 05-998 Przykładowo" --locality-locative "Dąbrówce" \
    --phone "22 600 10 22" --email sp.dabrowka@przykladowo.pl --director "Elżbieta Mazur"

k institution add --id spzoz-przykladowo --kind health --level gmina \
    --name "Samodzielny Publiczny Zakład Opieki Zdrowotnej w Przykładowie" \
    --address "ul. Szpitalna 4, 05-999 Przykładowo" \
    --phone "22 600 10 41" --email spzoz@przykladowo.pl --director "Jan Zając"

k institution add --id razem-przykladowo --kind ngo --level gmina \
    --name "Stowarzyszenie „Razem dla Przykładowa”" \
    --address "ul. Lipowa 7, 05-999 Przykładowo" \
    --phone "22 600 10 51" --email razem@przykladowo.pl --director "Iwona Majewska"

k institution add --id starostwo-przykladowskie --kind local-government --level powiat \
    --name "Starostwo Powiatowe w Przykładowie" \
    --address "pl. Wolności 1, 05-999 Przykładowo" \
    --phone "22 600 20 00" --email starostwo@przykladowo.pl --director "Zbigniew Baran"

k institution add --id pcpr-przykladowo --kind pcpr --level powiat \
    --name "Powiatowe Centrum Pomocy Rodzinie w Przykładowie" \
    --address "ul. Słoneczna 3, 05-999 Przykładowo" \
    --phone "22 600 20 01" --email pcpr@przykladowo.pl --director "Andrzej Szymański"

k institution add --id zsp-przykladowo --kind school --level powiat \
    --name "Zespół Szkół Ponadpodstawowych im. Tadeusza Kościuszki w Przykładowie" \
    --address "ul. Polna 14, 05-999 Przykładowo" \
    --phone "22 600 20 21" --email zsp@przykladowo.pl --director "Wojciech Kubiak"

k institution add --id ppp-przykladowo --kind other --level powiat \
    --name "Poradnia Psychologiczno-Pedagogiczna w Przykładowie" \
    --address "ul. Szkolna 10, 05-999 Przykładowo" \
    --phone "22 600 20 31" --email ppp@przykladowo.pl --director "Halina Czarnecka"

k institution add --id kpp-przykladowo --kind police --level powiat \
    --name "Komenda Powiatowa Policji w Przykładowie" \
    --address "ul. Warszawska 30, 05-999 Przykładowo" \
    --phone "22 600 20 41" --email kpp@przykladowo.pl --director "Robert Kaczmarek"

k institution add --id sr-przykladowo --kind court --level powiat \
    --name "Sąd Rejonowy w Przykładowie, III Wydział Rodzinny i Nieletnich" \
    --address "ul. Sądowa 2, 05-999 Przykładowo" \
    --phone "22 600 20 51" --email sad@przykladowo.pl --director "Ewa Sobczak"

k institution add --id zkss-przykladowo --kind probation --level powiat \
    --name "I Zespół Kuratorskiej Służby Sądowej Sądu Rejonowego w Przykładowie" \
    --address "ul. Sądowa 2, 05-999 Przykładowo" \
    --phone "22 600 20 52" --email kuratorzy@przykladowo.pl --director "Krzysztof Michalski"

k institution add --id pup-przykladowo --kind pup --level powiat \
    --name "Powiatowy Urząd Pracy w Przykładowie" \
    --address "ul. Warszawska 18, 05-999 Przykładowo" \
    --phone "22 600 20 61" --email pup@przykladowo.pl --director "Grzegorz Wieczorek"

k institution add --id fundacja-bezpieczny-dom --kind ngo --level powiat \
    --name "Fundacja „Bezpieczny Dom”" \
    --address "ul. Ogrodowa 2, 05-999 Przykładowo" \
    --phone "22 600 20 71" --email fundacja@przykladowo.pl --director "Paulina Górska"

k institution add --id rops-mazowsze --kind rops --level wojewodztwo \
    --name "Regionalny Ośrodek Polityki Społecznej Województwa Mazowieckiego" \
    --address "ul. Wzorcowa 7, 00-999 Warszawa" \
    --phone "22 600 90 01" --email rops@example.org --director "Teresa Wróblewska"

# ---------------------------------------------------------------------------------------------
# People (pracownicy); IDs are made from the names: Katarzyna Zielińska → katarzyna-zielinska
# ---------------------------------------------------------------------------------------------

k person add --institution ug-przykladowo --name "Renata Stępień" \
    --position "Sekretarz Gminy" \
    --phone "22 600 10 03" --email r.stepien@przykladowo.pl --role przedstawiciel
k person add --institution ug-przykladowo --name "Henryk Adamczyk" \
    --position "radny, przewodniczący Komisji Zdrowia i Spraw Społecznych Rady Gminy" \
    --phone "22 600 10 04" --email h.adamczyk@przykladowo.pl --role radny

k person add --institution gops-przykladowo --name "Małgorzata Wiśniewska" \
    --position "Kierownik Gminnego Ośrodka Pomocy Społecznej" \
    --phone "22 600 10 02" --email m.wisniewska@przykladowo.pl --role przedstawiciel
k person add --institution gops-przykladowo --name "Katarzyna Zielińska" \
    --position "starszy specjalista pracy socjalnej" \
    --phone "22 600 10 11" --email k.zielinska@przykladowo.pl \
    --role animator-gminy --role koordynator-ggk --post 0.25
k person add --institution gops-przykladowo --name "Tomasz Wójcik" \
    --position "pracownik socjalny" \
    --phone "22 600 10 12" --email t.wojcik@przykladowo.pl --role pracownik-socjalny
k person add --institution gops-przykladowo --name "Joanna Kamińska" \
    --position "starszy pracownik socjalny" \
    --phone "22 600 10 13" --email j.kaminska@przykladowo.pl --role pracownik-socjalny
k person add --institution gops-przykladowo --name "Ewa Lewandowska" \
    --position "asystent rodziny" \
    --phone "22 600 10 14" --email e.lewandowska@przykladowo.pl

k person add --institution sp1-przykladowo --name "Marek Wojciechowski" \
    --position "Dyrektor Szkoły" \
    --phone "22 600 10 21" --email m.wojciechowski@przykladowo.pl --role przedstawiciel
k person add --institution sp1-przykladowo --name "Magdalena Krawczyk" \
    --position "pedagog szkolny" \
    --phone "22 600 10 23" --email m.krawczyk@przykladowo.pl --role przedstawiciel

k person add --institution sp-dabrowka --name "Elżbieta Mazur" \
    --position "Dyrektor Szkoły" \
    --phone "22 600 10 22" --email e.mazur@przykladowo.pl --role przedstawiciel

k person add --institution spzoz-przykladowo --name "Beata Król" \
    --position "kierownik Poradni Leczenia Uzależnień, specjalista psychoterapii uzależnień" \
    --phone "22 600 10 42" --email b.krol@przykladowo.pl --role przedstawiciel

k person add --institution razem-przykladowo --name "Iwona Majewska" \
    --position "prezes zarządu, kierownik świetlicy środowiskowej" \
    --phone "22 600 10 51" --email i.majewska@przykladowo.pl --role przedstawiciel

k person add --institution pcpr-przykladowo --name "Andrzej Szymański" \
    --position "Dyrektor Powiatowego Centrum Pomocy Rodzinie" \
    --phone "22 600 20 02" --email a.szymanski@przykladowo.pl --role przedstawiciel
k person add --institution pcpr-przykladowo --name "Agnieszka Dąbrowska" \
    --position "specjalista pracy z rodziną" \
    --phone "22 600 20 03" --email a.dabrowska@przykladowo.pl --role animator-powiatu

k person add --institution kpp-przykladowo --name "Paweł Grabowski" \
    --position "Naczelnik Wydziału Prewencji" \
    --phone "22 600 20 42" --email p.grabowski@przykladowo.pl --role przedstawiciel
k person add --institution kpp-przykladowo --name "Michał Piotrowski" \
    --position "dzielnicowy, Posterunek Policji w Dąbrówce" \
    --phone "22 600 20 43" --email m.piotrowski@przykladowo.pl --role przedstawiciel

k person add --institution sr-przykladowo --name "Anna Pawlak" \
    --position "sędzia, Przewodnicząca III Wydziału Rodzinnego i Nieletnich" \
    --phone "22 600 20 53" --email a.pawlak@przykladowo.pl --role przedstawiciel

k person add --institution zkss-przykladowo --name "Krzysztof Michalski" \
    --position "Kierownik Zespołu Kuratorskiej Służby Sądowej" \
    --phone "22 600 20 52" --email k.michalski@przykladowo.pl --role przedstawiciel
k person add --institution zkss-przykladowo --name "Dorota Nowicka" \
    --position "kurator zawodowy do spraw rodzinnych i nieletnich" \
    --phone "22 600 20 54" --email d.nowicka@przykladowo.pl --role przedstawiciel

k person add --institution pup-przykladowo --name "Monika Jabłońska" \
    --position "Zastępca Dyrektora Powiatowego Urzędu Pracy" \
    --phone "22 600 20 62" --email m.jablonska@przykladowo.pl --role przedstawiciel
k person add --institution pup-przykladowo --name "Łukasz Sikora" \
    --position "doradca zawodowy" \
    --phone "22 600 20 63" --email l.sikora@przykladowo.pl --role przedstawiciel

k person add --institution rops-mazowsze --name "Piotr Kozłowski" \
    --position "doradca regionalny do spraw modelu kooperacji" \
    --phone "22 600 90 02" --email p.kozlowski@example.org --role doradca-rops
k person add --institution rops-mazowsze --name "Barbara Jankowska" \
    --position "superwizor pracy socjalnej" \
    --phone "22 600 90 03" --email b.jankowska@example.org --role superwizor

# ---------------------------------------------------------------------------------------------
# Partnerski Zespół Kooperacji (PZK): directors and managers; the core (trzon zespołu) first
# ---------------------------------------------------------------------------------------------

k team new --kind pzk --id pzk-przykladowo \
    --name "Partnerski Zespół Kooperacji w Gminie Przykładowo" \
    --coordinator katarzyna-zielinska

k team member add pzk-przykladowo gops-przykladowo --core \
    --delegate malgorzata-wisniewska --delegate katarzyna-zielinska
k team member add pzk-przykladowo pcpr-przykladowo --core \
    --delegate andrzej-szymanski --delegate agnieszka-dabrowska
k team member add pzk-przykladowo sp1-przykladowo --core --delegate marek-wojciechowski
k team member add pzk-przykladowo kpp-przykladowo --core --delegate pawel-grabowski
k team member add pzk-przykladowo zkss-przykladowo --core --delegate krzysztof-michalski
k team member add pzk-przykladowo sr-przykladowo --delegate anna-pawlak
k team member add pzk-przykladowo ug-przykladowo --delegate renata-stepien
k team member add pzk-przykladowo sp-dabrowka --delegate elzbieta-mazur
k team member add pzk-przykladowo spzoz-przykladowo --delegate beata-krol
k team member add pzk-przykladowo razem-przykladowo --delegate iwona-majewska
k team member add pzk-przykladowo pup-przykladowo --delegate monika-jablonska

# The agreement (porozumienie, zał. 5) and who signed it for each institution.
k team agreement pzk-przykladowo --signed 2026-03-12 --place Przykładowo \
    --meeting-place "sala konferencyjna Urzędu Gminy Przykładowo, ul. Tadeusza Kościuszki 12, 05-999 Przykładowo" \
    --frequency-months 3 --valid-until 2027-09-30 \
    --purpose "Niniejsze Porozumienie jest zawarte w związku z wdrażaniem na terenie gminy Przykładowo Modelu Kooperacji pomiędzy instytucjami pomocy i integracji społecznej a podmiotami innych polityk sektorowych, wypracowanego w projekcie „Kooperacja – efektywna i skuteczna”, w którym gminę wspiera Regionalny Ośrodek Polityki Społecznej Województwa Mazowieckiego,"

k team sign pzk-przykladowo gops-przykladowo --representative "Małgorzata Wiśniewska"
k team sign pzk-przykladowo pcpr-przykladowo --representative "Andrzej Szymański"
k team sign pzk-przykladowo ug-przykladowo --representative "Stanisław Olszewski"
k team sign pzk-przykladowo sp1-przykladowo --representative "Marek Wojciechowski"
k team sign pzk-przykladowo sp-dabrowka --representative "Elżbieta Mazur"
k team sign pzk-przykladowo kpp-przykladowo --representative "Robert Kaczmarek"
k team sign pzk-przykladowo sr-przykladowo --representative "Ewa Sobczak"
k team sign pzk-przykladowo zkss-przykladowo --representative "Krzysztof Michalski"
k team sign pzk-przykladowo spzoz-przykladowo --representative "Jan Zając"
k team sign pzk-przykladowo razem-przykladowo --representative "Iwona Majewska"
# The labour office joined two months later (zał. 5 §4.3).
k team sign pzk-przykladowo pup-przykladowo --representative "Grzegorz Wieczorek" \
    --joined 2026-05-20

# ---------------------------------------------------------------------------------------------
# Gminna Grupa Kooperacji (GGK): workers delegated by the signatories, coordinated by the OPS
# ---------------------------------------------------------------------------------------------

k team new --kind ggk --id ggk-przykladowo \
    --name "Gminna Grupa Kooperacji w Przykładowie" \
    --coordinator katarzyna-zielinska

k team member add ggk-przykladowo gops-przykladowo \
    --delegate joanna-kaminska --delegate tomasz-wojcik --delegate ewa-lewandowska
k team member add ggk-przykladowo sp1-przykladowo --delegate magdalena-krawczyk
k team member add ggk-przykladowo kpp-przykladowo --delegate michal-piotrowski
k team member add ggk-przykladowo zkss-przykladowo --delegate dorota-nowicka
k team member add ggk-przykladowo spzoz-przykladowo --delegate beata-krol
k team member add ggk-przykladowo pup-przykladowo --delegate lukasz-sikora
k team member add ggk-przykladowo razem-przykladowo --delegate iwona-majewska

# ---------------------------------------------------------------------------------------------
# The local list of activities and services (lista aktywności i usług, step 6.4)
# ---------------------------------------------------------------------------------------------

k service add --provider gops-przykladowo --name "Asystent rodziny" \
    --description "Wsparcie rodziny w jej domu: pomoc w prowadzeniu gospodarstwa domowego i planowaniu budżetu, w opiece nad dziećmi i w kontaktach ze szkołą, towarzyszenie w załatwianiu spraw urzędowych." \
    --target-group "rodziny z dziećmi przeżywające trudności w wypełnianiu funkcji opiekuńczo-wychowawczych" \
    --contact "Ewa Lewandowska, tel. 22 600 10 14, pon.–pt. 7:30–15:30"

k service add --id kis --provider gops-przykladowo --name "Klub Integracji Społecznej" \
    --description "Reintegracja społeczna i zawodowa: warsztaty umiejętności społecznych, trening pracy, prace społecznie użyteczne, grupa samopomocowa." \
    --target-group "osoby długotrwale bezrobotne i korzystające z pomocy społecznej, zagrożone wykluczeniem społecznym" \
    --contact "GOPS, ul. Lipowa 5, tel. 22 600 10 01"

k service add --id punkt-konsultacyjny --provider ug-przykladowo \
    --name "Punkt konsultacyjny do spraw uzależnień i przemocy w rodzinie" \
    --description "Konsultacje specjalisty terapii uzależnień, motywowanie do leczenia, informacja o postępowaniu w sprawie zobowiązania do leczenia przed Gminną Komisją Rozwiązywania Problemów Alkoholowych." \
    --target-group "osoby z problemem alkoholowym i ich rodziny, osoby doznające przemocy domowej" \
    --contact "Urząd Gminy, pokój 5, tel. 22 600 10 05, czwartki 15:00–19:00"

k service add --id swietlica-promyk --provider razem-przykladowo \
    --name "Świetlica środowiskowa „Promyk”" \
    --description "Opieka po lekcjach, pomoc w odrabianiu lekcji, zajęcia socjoterapeutyczne i rozwijające zainteresowania, ciepły posiłek, wypoczynek wakacyjny." \
    --target-group "dzieci i młodzież w wieku 7–15 lat z terenu gminy Przykładowo" \
    --contact "Iwona Majewska, ul. Lipowa 7, tel. 22 600 10 51, pon.–pt. 12:00–18:00"

k service add --id zajecia-wyrownawcze --provider sp1-przykladowo \
    --name "Zajęcia dydaktyczno-wyrównawcze" \
    --description "Zajęcia w małych grupach z języka polskiego i matematyki dla uczniów z trudnościami w nauce; konsultacje z pedagogiem szkolnym dla rodziców." \
    --target-group "uczniowie klas I–VIII Szkoły Podstawowej nr 1" \
    --contact "Magdalena Krawczyk, pedagog szkolny, tel. 22 600 10 23"

k service add --id terapia-uzaleznien --provider spzoz-przykladowo \
    --name "Terapia uzależnień i współuzależnienia" \
    --description "Diagnoza, terapia indywidualna i grupowa osób uzależnionych od alkoholu i innych substancji, grupa wsparcia dla osób współuzależnionych; bez skierowania." \
    --target-group "osoby uzależnione i ich bliscy" \
    --contact "Poradnia Leczenia Uzależnień, ul. Szpitalna 4, tel. 22 600 10 42"

k service add --id poradnictwo-psychologiczne --provider pcpr-przykladowo \
    --name "Poradnictwo psychologiczne i terapia rodzinna" \
    --description "Konsultacje psychologiczne, terapia indywidualna i rodzinna, interwencja kryzysowa." \
    --target-group "mieszkańcy powiatu przykładowskiego w kryzysie, rodziny zastępcze, osoby doznające przemocy domowej" \
    --contact "PCPR, ul. Słoneczna 3, tel. 22 600 20 01, wt. i czw. 8:00–18:00"

k service add --id mieszkanie-chronione --provider pcpr-przykladowo \
    --name "Mieszkanie chronione treningowe" \
    --description "Pobyt do 12 miesięcy w mieszkaniu dla 4 osób ze wsparciem specjalistów, przygotowujący do samodzielnego życia." \
    --target-group "usamodzielniani wychowankowie pieczy zastępczej, osoby z niepełnosprawnością" \
    --contact "dział pieczy zastępczej PCPR, tel. 22 600 20 04"

k service add --id diagnoza-ppp --provider ppp-przykladowo \
    --name "Diagnoza psychologiczno-pedagogiczna" \
    --description "Diagnoza, opinie i orzeczenia, terapia pedagogiczna i logopedyczna, wczesne wspomaganie rozwoju dziecka." \
    --target-group "dzieci i młodzież, ich rodzice i nauczyciele" \
    --contact "sekretariat poradni, tel. 22 600 20 31"

k service add --id dzielnicowy --provider kpp-przykladowo --level gmina \
    --name "Dzielnicowy rejonu Dąbrówka" \
    --description "Przyjmowanie zgłoszeń o zagrożeniach, wizyty w rodzinach objętych procedurą „Niebieskie Karty”, pogadanki profilaktyczne w szkołach." \
    --target-group "mieszkańcy gminy Przykładowo" \
    --contact "Michał Piotrowski, tel. 22 600 20 43; dyżur w GOPS w pierwszy wtorek miesiąca 10:00–12:00"

k service add --id dyzury-kuratorow --provider zkss-przykladowo \
    --name "Dyżury kuratorów rodzinnych" \
    --description "Informacja o nadzorze kuratora, konsultacje dla rodziców i opiekunów, uzgodnienia z pracownikiem socjalnym i szkołą w sprawach rodzin objętych nadzorem." \
    --target-group "rodziny objęte nadzorem kuratora i osoby zainteresowane" \
    --contact "ul. Sądowa 2, pokój 14, tel. 22 600 20 52, środy 13:00–16:00"

k service add --id posrednictwo-pracy --provider pup-przykladowo \
    --name "Pośrednictwo pracy i poradnictwo zawodowe" \
    --description "Oferty pracy, staże, szkolenia, dotacje na podjęcie działalności, indywidualny plan działania, doradztwo zawodowe." \
    --target-group "osoby bezrobotne i poszukujące pracy" \
    --contact "Łukasz Sikora, doradca zawodowy, tel. 22 600 20 63"

k service add --id nieodplatna-pomoc-prawna --provider fundacja-bezpieczny-dom \
    --name "Punkt nieodpłatnej pomocy prawnej" \
    --description "Nieodpłatna pomoc prawna i nieodpłatne poradnictwo obywatelskie na zlecenie Powiatu Przykładowskiego, także w sprawach rodzinnych i alimentacyjnych." \
    --target-group "osoby, których nie stać na odpłatną pomoc prawną" \
    --contact "zapisy: tel. 22 600 20 00 (Starostwo Powiatowe); punkt: ul. Ogrodowa 2, pon.–pt. 9:00–13:00"

k service add --id superwizja --provider rops-mazowsze \
    --name "Superwizja dla zespołów kooperacji" \
    --description "Superwizja grupowa członków PZK i GGK oraz superwizja indywidualna animatorów." \
    --target-group "animatorzy gminy i powiatu, członkowie PZK i GGK" \
    --contact "Piotr Kozłowski, doradca ROPS, tel. 22 600 90 02"

# ---------------------------------------------------------------------------------------------
# Cases (praca z rodziną): one closed, one active with months of monitoring, one qualified
# with its plan in the making, one just referred. Members are fictional; personal data stays
# in members.toml; the other files refer to members by identity (commands take m1, m2, …).
# ---------------------------------------------------------------------------------------------

# 2026-001: a family referred by the school over a child's absences; closed with a handover.
C1=$(k case new --kind family --referred-by sp1-przykladowo --referrer magdalena-krawczyk \
    --date 2026-03-18 --coordinator tomasz-wojcik \
    --expectations "Poprawa frekwencji syna i wsparcie matki w opiece nad dziećmi")
k case member add "$C1" --name "Agata Nowosielska" --birth-year 1987 --relation matka \
    --residence "Przykładowo, ul. Polna 7/2" --phone "600 100 201"
k case member add "$C1" --name "Filip Nowosielski" --birth-year 2014 --relation syn \
    --residence "Przykładowo, ul. Polna 7/2"
k case member add "$C1" --name "Zuzanna Nowosielska" --birth-year 2019 --relation córka \
    --residence "Przykładowo, ul. Polna 7/2"
# The mother consents for herself and, as their parent, for the children.
k case consent "$C1" --date 2026-03-20 --by m1 --for m2 --for m3 --form written \
    --scope "udział rodziny w pracy GGK i wymiana informacji między instytucjami"
k case qualify "$C1" --team ggk-przykladowo --date 2026-03-24
k case diagnosis "$C1" --date 2026-03-27 --author tomasz-wojcik \
    --material "Dochód z zasiłku rodzinnego i pracy dorywczej matki; zaległości czynszowe" \
    --housing "Mieszkanie komunalne 38 m², dwa pokoje, ogrzewanie piecowe" \
    --professional "Matka: wykształcenie zawodowe (krawcowa), bez stałego zatrudnienia" \
    --health "Bez chorób przewlekłych; syn pod opieką poradni psychologiczno-pedagogicznej" \
    --care "Syn opuścił 40% zajęć w I półroczu; córka w przedszkolu" \
    --relations "Ojciec nie utrzymuje kontaktu z dziećmi; wsparcie babci" \
    --problem "Absencja szkolna syna" --problem "Zadłużenie czynszowe" \
    --need "Wsparcie asystenta rodziny" --need "Pomoc w nauce dla syna"
k goal add "$C1" --main "Rodzina samodzielnie zapewnia dzieciom regularną naukę i opiekę"
k goal add "$C1" "Syn regularnie uczęszcza do szkoły"
k goal add "$C1" "Rodzina spłaca zaległości czynszowe"
k task add "$C1" --goal 1 --responsible magdalena-krawczyk --due 2026-06-26 \
    --service zajecia-wyrownawcze "Zajęcia wyrównawcze i cotygodniowa kontrola frekwencji"
k task add "$C1" --goal 1 --responsible m1 --due 2026-06-26 "Codzienne odprowadzanie syna do szkoły"
k task add "$C1" --goal 2 --responsible ewa-lewandowska --due 2026-05-29 \
    --service asystent-rodziny "Plan spłaty zadłużenia z asystentem rodziny"
k case activate "$C1" --date 2026-04-01
for month in 2026-04 2026-05 2026-06; do
    k monitor add "$C1" --month "$month" --task 1.1 --by magdalena-krawczyk --date "${month}-28" \
        "Frekwencja w miesiącu powyżej 85%, syn uczęszcza na zajęcia wyrównawcze"
    k monitor add "$C1" --month "$month" --task 1.2 --by m1 --date "${month}-28" \
        "Matka odprowadza syna codziennie"
done
k monitor add "$C1" --month 2026-04 --task 2.1 --by ewa-lewandowska --date 2026-04-28 \
    "Ustalono plan spłaty w 6 ratach"
k monitor add "$C1" --month 2026-05 --task 2.1 --by ewa-lewandowska --date 2026-05-28 \
    "Porozumienie z zarządcą lokalu podpisane"
k task done "$C1" 2.1 --date 2026-05-27
k task done "$C1" 1.1 --date 2026-06-26
k task done "$C1" 1.2 --date 2026-06-26
k eval add "$C1" --date 2026-07-08 --main achieved --end \
    --comment "Cele osiągnięte; rodzina funkcjonuje samodzielnie" \
    --goal "1=achieved" --goal "2=partly:spłacono 4 z 6 rat, pozostałe według porozumienia"
k case close "$C1" --date 2026-07-10 \
    --handover "Rodzina pozostaje pod opieką pracownika socjalnego GOPS; asystent rodziny do końca roku" \
    --follow-up-until 2027-01-31

# 2026-002: a family in crisis referred by the police; active, monitored monthly.
C2=$(k case new --kind family --referred-by kpp-przykladowo --referrer michal-piotrowski \
    --date 2026-05-06 --coordinator joanna-kaminska \
    --expectations "Ograniczenie interwencji domowych, podjęcie terapii przez ojca")
k case member add "$C2" --name "Robert Kalinowski" --birth-year 1979 --relation ojciec \
    --residence "Dąbrówka 14" --phone "600 100 301"
k case member add "$C2" --name "Marta Kalinowska" --birth-year 1983 --relation matka \
    --residence "Dąbrówka 14" --phone "600 100 302"
k case member add "$C2" --name "Oliwia Kalinowska" --birth-year 2011 --relation córka \
    --residence "Dąbrówka 14"
# Consent of each adult, the mother's also for their daughter (a minor).
k case consent "$C2" --date 2026-05-12 --by m2 --for m3 --form written --scope "udział w pracy GGK"
k case consent "$C2" --date 2026-05-14 --by m1 --form written --scope "udział w pracy GGK"
k case qualify "$C2" --team ggk-przykladowo --date 2026-05-19
k case diagnosis "$C2" --date 2026-05-26 --author joanna-kaminska \
    --material "Wynagrodzenie ojca (praca sezonowa), zasiłek okresowy" \
    --housing "Dom jednorodzinny w złym stanie technicznym" \
    --professional "Ojciec: kierowca, praca sezonowa; matka bezrobotna, zarejestrowana w PUP" \
    --health "Ojciec nadużywa alkoholu; matka leczy się na depresję" \
    --care "Córka z obniżonymi wynikami w nauce; nadzór kuratora nie został orzeczony" \
    --relations "Konflikty małżeńskie, trzy interwencje policji w 2026 r." \
    --problem "Uzależnienie ojca od alkoholu" --problem "Przemoc psychiczna w rodzinie" \
    --problem "Bezrobocie matki" \
    --need "Terapia uzależnień" --need "Wsparcie psychologiczne dla matki i córki" \
    --need "Aktywizacja zawodowa matki"
k goal add "$C2" --main "Rodzina żyje bez przemocy, ojciec utrzymuje abstynencję"
k goal add "$C2" "Ojciec podejmuje i kontynuuje terapię uzależnienia"
k goal add "$C2" "Matka podejmuje zatrudnienie"
k goal add "$C2" "Córka otrzymuje wsparcie psychologiczne i w nauce"
k task add "$C2" --goal 1 --responsible beata-krol --due 2026-12-18 \
    --service terapia-uzaleznien "Terapia w Poradni Leczenia Uzależnień"
k task add "$C2" --goal 1 --responsible m1 --due 2026-12-18 "Udział w spotkaniach terapeutycznych raz w tygodniu"
k task add "$C2" --goal 1 --responsible michal-piotrowski --due 2026-11-30 \
    --service dzielnicowy "Wizyty dzielnicowego raz w miesiącu"
k task add "$C2" --goal 2 --responsible lukasz-sikora --due 2026-09-30 \
    --service posrednictwo-pracy "Indywidualny plan działania i oferty pracy"
k task add "$C2" --goal 3 --responsible agnieszka-dabrowska --due 2026-12-18 \
    --service poradnictwo-psychologiczne "Konsultacje psychologiczne dla matki i córki"
k case activate "$C2" --date 2026-06-02
for month in 2026-06 2026-07 2026-08; do
    k monitor add "$C2" --month "$month" --task 1.1 --by beata-krol --date "${month}-27" \
        "Ojciec uczestniczy w terapii grupowej"
    k monitor add "$C2" --month "$month" --task 1.2 --by m1 --date "${month}-27" \
        "Obecność na spotkaniach potwierdzona przez poradnię"
    k monitor add "$C2" --month "$month" --task 1.3 --by michal-piotrowski --date "${month}-27" \
        "Wizyta dzielnicowego, bez interwencji"
    k monitor add "$C2" --month "$month" --task 3.1 --by agnieszka-dabrowska --date "${month}-27" \
        "Konsultacje odbywają się co dwa tygodnie"
done
for month in 2026-06 2026-07 2026-08; do
    k monitor add "$C2" --month "$month" --task 2.1 --by lukasz-sikora --date "${month}-27" \
        "Matka korzysta z ofert pośrednictwa pracy"
done
# September and October as the month arrives (docs/format.md, "A month at once"): the monitoring
# meeting's notes typed into one sheet of the month's open tasks (`koop monitor month`, with an
# editor that fills the lines here), ...
FORMS=$(mktemp -d)
trap 'rm -rf "$FORMS"' EXIT
cat > "$FORMS/fill-sheet.sh" <<'SH'
#!/bin/sh
sed -i \
    -e 's/^\(2026-002 1\.1 beata-krol\): $/\1: Ojciec uczestniczy w terapii grupowej/' \
    -e 's/^\(2026-002 1\.2 m1\): $/\1: Obecność na spotkaniach potwierdzona przez poradnię/' \
    -e 's/^\(2026-002 1\.3 michal-piotrowski\): $/\1: Wizyta dzielnicowego, bez interwencji/' \
    -e 's/^\(2026-002 3\.1 agnieszka-dabrowska\): $/\1: Konsultacje odbywają się co dwa tygodnie/' \
    "$1"
SH
chmod +x "$FORMS/fill-sheet.sh"
for month in 2026-09 2026-10; do
    EDITOR="$FORMS/fill-sheet.sh" VISUAL="" k monitor month "$month" --case "$C2" --date "${month}-27"
done
# ... and the labour office's form for September, filled in its spreadsheet and read back
# (`koop monitor sheet`, `koop monitor import`).
k monitor sheet 2026-09 --by pup-przykladowo -o "$FORMS/pup-2026-09.csv"
sed -i -e '2s/,,,\([a-z0-9]*\)$/,Matka korzysta z ofert pośrednictwa pracy,2026-09-27,\1/' "$FORMS/pup-2026-09.csv"
k monitor import "$FORMS/pup-2026-09.csv"
k task done "$C2" 2.1 --date 2026-09-21
k eval add "$C2" --date 2026-09-30 --main partly --next 2026-12-15 \
    --comment "Postęp w terapii ojca; matka zatrudniona od 21 września" \
    --goal "1=partly:terapia trwa" --goal "2=achieved" --goal "3=partly:konsultacje trwają"

# 2026-003: a young man referred by the probation service; qualified, plan in the making.
C3=$(k case new --kind person --referred-by zkss-przykladowo --referrer dorota-nowicka \
    --date 2026-10-14 --coordinator tomasz-wojcik \
    --expectations "Usamodzielnienie po opuszczeniu pieczy zastępczej")
k case member add "$C3" --name "Dawid Jasiński" --birth-year 2007 --relation "osoba usamodzielniana" \
    --residence "Przykładowo, ul. Leśna 3" --phone "600 100 401"
k case consent "$C3" --date 2026-10-19 --by m1 --form oral
k case qualify "$C3" --team ggk-przykladowo --date 2026-10-27
k goal add "$C3" --main "Samodzielne życie i stała praca"
k goal add "$C3" "Podjęcie nauki zawodu"

# 2026-004: a referral from the clinic awaiting consent and qualification.
k case new --kind person --referred-by spzoz-przykladowo --referrer beata-krol \
    --date 2026-11-16 --expectations "Wsparcie starszej osoby samotnej po hospitalizacji" >/dev/null

# 2026-005: a referral the GGK did not qualify — an end other than success, with its date and
# reason (counted apart in the figures).
C5=$(k case new --kind family --referred-by sp1-przykladowo --referrer magdalena-krawczyk \
    --date 2026-10-05 --expectations "Wsparcie rodziny w opiece nad dziećmi")
k case end "$C5" not-qualified --date 2026-10-21 \
    --reason "GGK uznała, że wystarczy wsparcie asystenta rodziny z GOPS, które rodzina już otrzymuje"

# ---------------------------------------------------------------------------------------------
# Meetings of the PZK (zał. 2): the initiating meeting, the formalising one where the
# agreement was signed, then working meetings at least quarterly; minutes approved at the next.
# ---------------------------------------------------------------------------------------------

MINUTES="$(mktemp)"
trap 'rm -f "$MINUTES"' EXIT
minutes() { printf '%s\n' "$2" > "$MINUTES"; k meeting minutes "$1" --file "$MINUTES"; }

M1=$(k meeting new --team pzk-przykladowo --kind initiating --agenda initiating \
    --date 2026-02-18 --start 11:00 --end 13:00 --minutes-by katarzyna-zielinska \
    --goal "Zainicjowanie Partnerskiego Zespołu Kooperacji w Gminie Przykładowo" \
    --place "sala konferencyjna Urzędu Gminy Przykładowo, ul. Tadeusza Kościuszki 12")
# Zał. 2: the invitation goes to the director, naming the representative invited when it is
# someone else; the letters are dated the day they were sent.
k meeting invite "$M1" --rsvp-by 2026-02-11 --sent 2026-02-04 ug-przykladowo gops-przykladowo \
    pcpr-przykladowo sp1-przykladowo zkss-przykladowo spzoz-przykladowo pup-przykladowo
k meeting invite "$M1" --rsvp-by 2026-02-11 --sent 2026-02-04 kpp-przykladowo \
    --person pawel-grabowski
k meeting attend "$M1" malgorzata-wisniewska katarzyna-zielinska andrzej-szymanski \
    marek-wojciechowski pawel-grabowski krzysztof-michalski beata-krol monika-jablonska
minutes "$M1" "Przedstawiono diagnozę gminy i korzyści ze współpracy. Uczestnicy ustalili cele i zasady partnerstwa oraz termin spotkania formalizującego: 12 marca 2026 r."

M2=$(k meeting new --team pzk-przykladowo --kind formalising --date 2026-03-12 \
    --start 11:00 --end 12:30 --minutes-by katarzyna-zielinska \
    --goal "Podpisanie porozumienia na rzecz współdziałania" \
    --place "sala konferencyjna Urzędu Gminy Przykładowo, ul. Tadeusza Kościuszki 12")
k meeting attend "$M2" malgorzata-wisniewska katarzyna-zielinska andrzej-szymanski \
    marek-wojciechowski pawel-grabowski krzysztof-michalski beata-krol
minutes "$M2" "Zatwierdzono protokół spotkania inicjującego. Podpisano porozumienie o współpracy; wyznaczono osoby do kontaktu."
k meeting approve "$M1" --at "$M2"

previous="$M2"
for day in 2026-05-13 2026-07-15 2026-09-16 2026-11-18; do
    M=$(k meeting new --team pzk-przykladowo --date "$day" --start 11:00 --end 12:30 \
        --minutes-by katarzyna-zielinska --place "sala konferencyjna GOPS, ul. Lipowa 5")
    k meeting attend "$M" katarzyna-zielinska andrzej-szymanski marek-wojciechowski \
        pawel-grabowski beata-krol
    minutes "$M" "Zatwierdzono protokół poprzedniego spotkania. Omówiono przebieg pracy z rodzinami i listę usług."
    k meeting approve "$previous" --at "$M"
    previous="$M"
done

# The GGK convened for the first family (zał. 5 §3.4: "analiza i ocena sytuacji problemowej"):
# the meeting is linked to the case, and `koop case show 2026-001` lists it.
G1=$(k meeting new --team ggk-przykladowo --date 2026-03-24 --start 10:00 --end 11:30 \
    --minutes-by joanna-kaminska --case "$C1" \
    --goal "Analiza sytuacji rodziny i kwalifikacja do wsparcia" \
    --place "sala narad GOPS, ul. Lipowa 5")
k meeting attend "$G1" tomasz-wojcik joanna-kaminska magdalena-krawczyk beata-krol
minutes "$G1" "Omówiono zgłoszenie szkoły i sytuację rodziny. Grupa uznała pomoc za niezbędną i zakwalifikowała rodzinę; koordynatorem wsparcia jest Tomasz Wójcik."

# ---------------------------------------------------------------------------------------------
# The model's course (Model Kooperacji w gminach wiejskich): started in January 2026, now in stage III (Realizacja).
# ---------------------------------------------------------------------------------------------

k model start --date 2026-01-12
k model step done 1.1 --date 2026-01-14 --note "Informacja o Modelu na stronie ROPS"
k model step done 1.2 --date 2026-01-28 --note "Szkolenie ROPS dla gmin powiatu przykładowskiego"
k model step done 1.3 --date 2026-02-04
# 2.1 (the initiating meeting), 5.2 (the PZK's agreement) and 7.2 (the first plan of work with a
# family) are not ticked: `koop model status` shows them done from those records.
k model step done 2.2 --date 2026-02-25 --note "Zarządzenie Wójta o wdrażaniu Modelu"
k model step done 2.3 --date 2026-02-25 --note "Animator gminy: Katarzyna Zielińska"
k model step done 2.4 --date 2026-03-02 --resources-assessed \
    --actions "Diagnoza zasobów gminy na podstawie Oceny Zasobów Pomocy Społecznej; spotkanie inicjujące PZK 18 lutego 2026 r.; zarządzenie Wójta o wdrażaniu Modelu."
k model step done 3 --date 2026-03-06
k model step done 4 --date 2026-03-10
k model step done 5.1 --date 2026-03-10
k model step done 6.1 --date 2026-04-08
k model step done 6.2 --date 2026-05-13 --note "Plan współpracy przyjęty na spotkaniu PZK"
k model step done 6.4 --date 2026-05-20 --note "Lista aktywności i usług: 14 pozycji"

# ---------------------------------------------------------------------------------------------
# The README is not a record; koop ignores it. The lock file is not part of the example
# (the repository's .gitignore lists it).
cat > "$REPO/README.md" <<'README'
# Gmina Przykładowo — przykładowe repozytorium koop

**Wszystkie dane są fikcyjne.** Gmina Przykładowo, powiat przykładowski, instytucje, osoby,
adresy, numery telefonów i adresy e-mail zostały wymyślone na potrzeby przykładu; ewentualna
zbieżność z rzeczywistymi osobami lub instytucjami jest przypadkowa.

Repozytorium pokazuje, jak wygląda współpraca w Modelu Kooperacji zapisana przez `koop`:

- 16 instytucji szczebla gminnego, powiatowego i wojewódzkiego (`institutions/`), każda
  z pracownikami (`institutions/<id>/people/`),
- Partnerski Zespół Kooperacji `pzk-przykladowo` z trzonem zespołu, delegatami i porozumieniem
  zawartym 12 marca 2026 r. (PUP przystąpił później) oraz Gminną Grupę Kooperacji
  `ggk-przykladowo` (`teams/`),
- lokalną listę aktywności i usług (`services/`),
- przebieg Modelu (`course/1.toml`): etap III, kroki wykonane do 6.4,
- spotkania PZK (`meetings/`): inicjujące, formalizujące i robocze, z protokołami,
- pięć spraw (`cases/`) na różnych etapach: zakończoną (2026-001), realizowaną z
  comiesięcznym monitoringiem (2026-002), zakwalifikowaną (2026-003), zgłoszoną (2026-004)
  i zgłoszenie, którego GGK nie zakwalifikowała (2026-005).

Jak wypróbować (z katalogu głównego projektu koop):

```sh
koop -C examples/gmina-przykladowo check
koop -C examples/gmina-przykladowo institution list
koop -C examples/gmina-przykladowo institution show gops-przykladowo
koop -C examples/gmina-przykladowo team show pzk-przykladowo
koop -C examples/gmina-przykladowo person list --role przedstawiciel
koop -C examples/gmina-przykladowo service list --format json
koop -C examples/gmina-przykladowo meeting list
koop -C examples/gmina-przykladowo model status
koop -C examples/gmina-przykladowo agenda --days 30
koop -C examples/gmina-przykladowo case list
koop -C examples/gmina-przykladowo report monitoring --month 2026-10
koop -C examples/gmina-przykladowo report overdue --on 2026-12-01
```

Repozytorium jest tworzone od nowa skryptem `examples/build-gmina-przykladowo.sh`, który
wywołuje prawdziwe polecenia `koop`; nie edytuj plików ręcznie, tylko zmień skrypt
(`examples/build-gmina-przykladowo.sh target/debug/koop`). Format plików opisuje
`docs/format.md`.

*English:* everything here is fictional — a made-up gmina built by
`examples/build-gmina-przykladowo.sh` with the real koop CLI; try `koop -C examples/gmina-przykladowo team show pzk-przykladowo`.
README

# ---------------------------------------------------------------------------------------------
# Corrections: every write is checked against the rules and logged; a change made by mistake is
# shown first with --dry-run, or taken back with `koop undo` (the example ends as it was).
# ---------------------------------------------------------------------------------------------

k task reschedule 2026-002 1.1 --due 2027-01-29 --dry-run >/dev/null
k task reschedule 2026-002 1.1 --due 2027-01-29
k undo
# koop's local operation log stays out of the example, as out of git.
rm -rf "$REPO/.koop" "$REPO/.koop.lock"
k check
