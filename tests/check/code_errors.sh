#!/bin/sh
# Bad input (no date, bad date, binary, broken JSON, missing
# fields, NUL in text) -> one error record each, naming file and line (text
# that is not UTF-8, tests/errors/badutf8.txt, is read as Windows-1252 since
# issue 16: see code_inputs.sh); the
# good stories next to them are still coded; exit status 1.
set -u
out=$(mktemp); trap 'rm -f "$out"' EXIT
"$TACITUS" code -q tests/errors > "$out" 2>/dev/null
st=$?
[ "$st" -eq 1 ] || { echo "expected exit status 1, got $st"; exit 1; }
grep '"error"' "$out" | diff -u tests/golden/errors/code.expected - || exit 1
# a story next to the bad ones is coded: no error record names it
grep -q '"doc":"j1","error"' "$out" && { echo "good story j1 became an error"; exit 1; }
n=$(grep -c '"error"' "$out")
echo "# code_errors: $n error records as expected"
# a missing input file is an error record too, and unknown options are usage errors
"$TACITUS" code -q /nonexistent/file.txt 2>/dev/null | grep -q '"error":"/nonexistent/file.txt:0: cannot open' || { echo "missing file: no error record"; exit 1; }
"$TACITUS" code --bogus >/dev/null 2>&1; [ $? -eq 2 ] || { echo "unknown option should exit 2"; exit 1; }
"$TACITUS" code --help | grep -q 'usage: tacitus code' || exit 1
exit 0
