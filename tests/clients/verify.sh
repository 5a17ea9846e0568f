#!/bin/sh
# Opens CarbonLab's inputs and outputs in the real clients that users have (issue 20), where they are installed:
#   python3-openpyxl (writes workbooks as export libraries do), LibreOffice (recomputes them; renders .docx),
#   pandoc and python3-docx (read .docx), pdflatex with booktabs (compiles the LaTeX fragment), Chromium
#   (screenshots the HTML), Python's csv module (reads the CSV with its byte-order mark).
# Not part of `./mvnw verify` (CI machines lack the clients); the structural checks are unit tests
# (XlsxClientCasesTest, DocxWriterTest, JournalFormatsTest). Needs core built (bundles/org.carbonlab.core/target/classes).
# Debian: apt-get install python3-openpyxl python3-docx pandoc texlive-latex-recommended libreoffice-calc
#         libreoffice-writer chromium ghostscript
# Usage: tests/clients/verify.sh [OUTDIR]   (default target/clients); PNG renderings are left in OUTDIR.
set -u
HERE=$(cd "$(dirname "$0")" && pwd)
ROOT=$(cd "$HERE/../.." && pwd)
OUT=$(mkdir -p "${1:-$ROOT/target/clients}" && cd "${1:-$ROOT/target/clients}" && pwd)
. "$ROOT/.mvn/find-jdk.sh"
JAR() { find "$HOME/.m2/repository" -name "$1" | head -n 1; }
CP="${CARBONLAB_CLASSES:-$ROOT/bundles/org.carbonlab.core/target/classes}:$ROOT/bundles/org.carbonlab.model/target/classes:$(JAR 'gson-2.1*.jar'):$(JAR commons-math3-3.6.1.jar)"
PY=/usr/bin/python3
have() { command -v "$1" >/dev/null 2>&1; }
step() { printf '\n== %s\n' "$*"; }

step "outputs of one regression result in every format -> $OUT"
"$JAVA_HOME/bin/java" -cp "$CP" "$HERE/SampleOutputs.java" "$OUT" || exit 1
ls "$OUT"

step "workbooks written by openpyxl (formulas not computed), read by CarbonLab"
if $PY -c 'import openpyxl' 2>/dev/null; then
  $PY "$HERE/make_workbooks.py" "$OUT"
  for f in dates-title-text formulas cover-first; do
    echo "-- $f.xlsx"; "$JAVA_HOME/bin/java" -cp "$CP" "$HERE/ReadWorkbook.java" "$OUT/$f.xlsx"
  done
  if have soffice; then
    step "the same formulas workbook opened and saved by LibreOffice Calc (formulas computed)"
    mkdir -p "$OUT/lo-xlsx"
    soffice --headless --calc --convert-to xlsx --outdir "$OUT/lo-xlsx" "$OUT/formulas.xlsx" >/dev/null 2>&1
    "$JAVA_HOME/bin/java" -cp "$CP" "$HERE/ReadWorkbook.java" "$OUT/lo-xlsx/formulas.xlsx"
  fi
else
  echo "skipped: python3-openpyxl not installed"
fi

step "Word: python-docx, pandoc, LibreOffice Writer"
if $PY -c 'import docx' 2>/dev/null; then
  $PY - "$OUT/result.docx" <<'PYEOF'
import sys, docx
d = docx.Document(sys.argv[1])
print("python-docx opened it:", len(d.tables), "tables; styles:", sorted({p.style.name for p in d.paragraphs}))
for t in d.tables:
    print("  table style", t.style.name, "| first rows:", [[c.text for c in r.cells] for r in t.rows][:2])
PYEOF
else echo "skipped: python3-docx not installed"; fi
if have pandoc; then pandoc -f docx -t plain "$OUT/result.docx" | head -n 20; else echo "skipped: pandoc"; fi
if have soffice && have gs; then
  soffice --headless --convert-to pdf --outdir "$OUT" "$OUT/result.docx" >/dev/null 2>&1
  gs -q -sDEVICE=png16m -r90 -dFirstPage=1 -dLastPage=1 -o "$OUT/word.png" "$OUT/result.pdf" && echo "rendered: $OUT/word.png"
else echo "skipped: LibreOffice or ghostscript"; fi

step "LaTeX: the fragment inside a document that loads only what its '% requires:' line names"
if have pdflatex; then
  mkdir -p "$OUT/tex"
  req=$(sed -n 's/^% requires: //p' "$OUT/result.tex")
  printf '\\documentclass{article}\n%s\n\\begin{document}\n\\input{%s}\n\\end{document}\n' "$req" "$OUT/result.tex" > "$OUT/tex/doc.tex"
  (cd "$OUT/tex" && pdflatex -interaction=nonstopmode -halt-on-error doc.tex >/dev/null 2>&1) \
      && echo "pdflatex: compiled; overfull boxes: $(grep -c Overfull "$OUT/tex/doc.log")" \
      || { echo "pdflatex FAILED:"; tail -n 20 "$OUT/tex/doc.log"; }
  have gs && gs -q -sDEVICE=png16m -r90 -dFirstPage=1 -dLastPage=1 -o "$OUT/latex.png" "$OUT/tex/doc.pdf" \
      && echo "rendered: $OUT/latex.png"
else echo "skipped: pdflatex"; fi

step "HTML: headless Chromium screenshot"
if have chromium; then
  chromium --headless --no-sandbox --disable-gpu --hide-scrollbars --window-size=1000,900 \
      --screenshot="$OUT/html.png" "file://$OUT/result.html" >/dev/null 2>&1 && echo "rendered: $OUT/html.png"
  if [ -n "${CARBONLAB_REPORT_HTML:-}" ]; then
    chromium --headless --no-sandbox --disable-gpu --hide-scrollbars --window-size=1000,1400 \
        --screenshot="$OUT/report-html.png" "file://$CARBONLAB_REPORT_HTML" >/dev/null 2>&1 && echo "rendered: $OUT/report-html.png"
  fi
else echo "skipped: chromium"; fi

step "CSV with a byte-order mark, as Excel on Windows needs it"
printf '\357\273\277' > "$OUT/result-bom.csv" && cat "$OUT/result.csv" >> "$OUT/result-bom.csv"
$PY - "$OUT/result-bom.csv" <<'PYEOF'
import csv, sys
rows = list(csv.reader(open(sys.argv[1], encoding="utf-8-sig")))
print("csv module read", len(rows), "rows; header:", rows[0])
PYEOF
