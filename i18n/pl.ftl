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
cli-help-command = Pokaż tę pomoc albo pomoc podanego polecenia
cli-help-flag = Pokaż pomoc (więcej: --help)
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
cli-error-no-equals = wartość '{ $arg }' trzeba podać po znaku równości
cli-error-too-many = nieoczekiwana wartość '{ $value }' dla '{ $arg }'; więcej wartości nie trzeba
cli-error-number-of-values = '{ $arg }' wymaga { $expected } wartości, a { $n ->
    [one] podano { $n }
    [few] podano { $n }
   *[many] podano { $n }
}
cli-error-not-utf8 = w argumentach jest tekst niezgodny z UTF-8
cli-error-other = niepoprawny wiersz polecenia ({ $why })
cli-tip-command = wskazówka: podobne polecenie: '{ $similar }'
cli-tip-argument = wskazówka: podobny argument: '{ $similar }'
cli-tip-value = wskazówka: podobna wartość: '{ $similar }'
cli-error-more = Więcej informacji: '--help'.
