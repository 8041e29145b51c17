#!/usr/bin/env bash
# scripts/add-migration.sh NAME — adds migration NAME for SQLite and PostgreSQL at once:
# a migration that exists for one provider only is a bug (ADR 0004).
set -euo pipefail
name="${1:?usage: scripts/add-migration.sh MigrationName}"
cd "$(dirname "$0")/.."
dotnet tool restore >/dev/null
for provider in Sqlite Postgres; do
  project="src/ChiSo.Data.$provider"
  dotnet build "$project" -nologo -clp:ErrorsOnly
  dotnet ef migrations add "$name" --project "$project" --startup-project "$project" --output-dir Migrations --no-build
done
