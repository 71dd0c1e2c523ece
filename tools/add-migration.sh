#!/usr/bin/env bash
# Adds an EF Core migration for every database provider: ./tools/add-migration.sh AddComplaints
# The design-time assembly comes in only with -p:EfDesign=true (see host/EfDesign.targets).
set -euo pipefail
name=${1:?usage: tools/add-migration.sh MigrationName}
cd "$(dirname "$0")/.."
dotnet tool restore >/dev/null
dotnet build host/LocalGov.Host -p:EfDesign=true -m:1 -v:q -nologo >/dev/null
add() {
  dotnet ef migrations add "$name" --no-build \
    --project "host/LocalGov.Data.$1" --startup-project host/LocalGov.Host \
    --output-dir Migrations -- --Database:Provider="$1" --Demo:Seed=false "${@:2}"
}
add Sqlite --ConnectionStrings:LocalGov="Data Source=$(mktemp -d)/design-time.db"
add PostgreSql --ConnectionStrings:LocalGov="Host=localhost;Database=design_time"
add MySql --ConnectionStrings:LocalGov="Server=localhost;Database=design_time"
