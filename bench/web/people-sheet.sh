#!/usr/bin/env bash
# Issue 12 §6: how long the people-sheet check takes for 10,000 rows with mixed errors (one row in seven bad in some
# way, one in seven an address that already exists), as CSV and as .xlsx, through the API of the Release app on a
# fresh demo database. Prints the wall time of each call (curl's time_total); the answer is 400 with every bad row.
#   bench/web/people-sheet.sh [RUNS]
set -euo pipefail
cd "$(dirname "$0")/../.."
runs="${1:-4}"
work="$(mktemp -d)"
port=5077
trap 'kill "$app" 2>/dev/null || true; rm -rf "$work"' EXIT
dotnet build src/ChiSo.Web -c Release -nologo -clp:ErrorsOnly >/dev/null
(cd "$work" && ASPNETCORE_ENVIRONMENT=Production exec dotnet "$OLDPWD/src/ChiSo.Web/bin/Release/net10.0/ChiSo.Web.dll" \
  --urls "http://127.0.0.1:$port" --Demo:Seed=true --Database:ConnectionString="Data Source=$work/chiso.db" >"$work/app.log" 2>&1) &
app=$!
until curl -sf "http://127.0.0.1:$port/health" >/dev/null; do sleep 1; done

python3 - "$work" <<'PY'
import csv, sys, zipfile
from xml.sax.saxutils import escape
work = sys.argv[1]
rows = [["Họ tên", "Thư điện tử", "Số điện thoại", "Mã đơn vị", "Vai trò"]]
for i in range(10000):
    k = i % 7
    rows.append([f"Người {i}", f"n{i}-khong-hop-le", "", "80.S08", "Cán bộ báo cáo"] if k == 1 else
                [f"Người {i}", f"n{i}@x.vn", "", "80.S08", "Thủ quỹ"] if k == 2 else
                ["", f"n{i}@x.vn", "0912345678", "99.X", "Cán bộ báo cáo"] if k == 3 else
                [f"Người {i}", "baocao@demo.chiso.vn", "0912345678", "80.S08", "Cán bộ báo cáo"] if k == 4 else
                [f"Nguyễn Văn {i}", f"n{i}@x.vn", "0912345678", "80.S08", "Cán bộ báo cáo"])
with open(f"{work}/people.csv", "w", encoding="utf-8", newline="") as f:
    csv.writer(f).writerows(rows)
sheet = ['<?xml version="1.0" encoding="UTF-8"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>']
for r, row in enumerate(rows, 1):
    sheet.append(f'<row r="{r}">' + "".join(f'<c r="{"ABCDE"[c]}{r}" t="inlineStr"><is><t>{escape(v)}</t></is></c>' for c, v in enumerate(row) if v) + "</row>")
sheet.append("</sheetData></worksheet>")
ns = "http://schemas.openxmlformats.org"
with zipfile.ZipFile(f"{work}/people.xlsx", "w", zipfile.ZIP_DEFLATED) as z:
    z.writestr("[Content_Types].xml", f'<?xml version="1.0"?><Types xmlns="{ns}/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/><Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/></Types>')
    z.writestr("_rels/.rels", f'<?xml version="1.0"?><Relationships xmlns="{ns}/package/2006/relationships"><Relationship Id="rId1" Type="{ns}/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>')
    z.writestr("xl/workbook.xml", f'<?xml version="1.0"?><workbook xmlns="{ns}/spreadsheetml/2006/main" xmlns:r="{ns}/officeDocument/2006/relationships"><sheets><sheet name="Người dùng" sheetId="1" r:id="rId1"/></sheets></workbook>')
    z.writestr("xl/_rels/workbook.xml.rels", f'<?xml version="1.0"?><Relationships xmlns="{ns}/package/2006/relationships"><Relationship Id="rId1" Type="{ns}/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/></Relationships>')
    z.writestr("xl/worksheets/sheet1.xml", "".join(sheet))
PY

# The administrator's API token, made as a person makes one: sign in, then the token page's form.
jar="$work/jar"
token_of() { grep -o 'name="__RequestVerificationToken" value="[^"]*"' | head -1 | sed 's/.*value="//;s/"$//'; }
t=$(curl -s -c "$jar" -b "$jar" "http://127.0.0.1:$port/signin" | token_of)
curl -s -o /dev/null -c "$jar" -b "$jar" "http://127.0.0.1:$port/account/signin" --data-urlencode "email=quantri@demo.chiso.vn" \
  --data-urlencode "password=ChiSo-Demo-2025" --data-urlencode "returnUrl=/" --data-urlencode "__RequestVerificationToken=$t"
t=$(curl -s -c "$jar" -b "$jar" "http://127.0.0.1:$port/account/tokens" | token_of)
bearer=$(curl -s -c "$jar" -b "$jar" -H "RequestVerificationToken: $t" -H "Content-Type: application/json" -d '{"name":"bench"}' \
  "http://127.0.0.1:$port/api/v1/account/tokens" | python3 -c 'import sys, json; print(json.load(sys.stdin)["token"])')

echo "# $(date -u +%F) $(nproc) cores, load $(cut -d' ' -f1-3 /proc/loadavg)"
for file in people.csv people.xlsx; do
  for _ in $(seq "$runs"); do
    curl -s -o "$work/answer.json" -w "$file %{http_code} %{time_total} s\n" -H "Authorization: Bearer $bearer" \
      -F "file=@$work/$file" "http://127.0.0.1:$port/api/v1/people/sheet/preview"
  done
done
python3 -c "import json, sys; d = json.load(open(sys.argv[1])); print('rows listed:', len(d.get('rows', [])))" "$work/answer.json"
