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
