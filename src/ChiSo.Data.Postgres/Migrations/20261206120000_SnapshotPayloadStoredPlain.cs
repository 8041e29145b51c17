using ChiSo.Data;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace ChiSo.Data.Postgres.Migrations
{
    /// <summary>
    /// PostgreSQL only, no model change: a result snapshot's payload is stored out of line without compression
    /// (STORAGE EXTERNAL). PostgreSQL's default pglz compression of a 3,321-commune payload (4,9 MB) took ~110 of the
    /// ~450 ms of publishing a round; the payload is written once per round and read whole, so the few megabytes of
    /// disk it saved are not worth it (bench/data, issue 13 §7). Existing rows keep their form until rewritten.
    /// </summary>
    [DbContext(typeof(ChiSoDbContext))]
    [Migration("20261206120000_SnapshotPayloadStoredPlain")]
    public partial class SnapshotPayloadStoredPlain : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder) =>
            migrationBuilder.Sql("ALTER TABLE \"ResultSnapshots\" ALTER COLUMN \"Payload\" SET STORAGE EXTERNAL;");

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder) =>
            migrationBuilder.Sql("ALTER TABLE \"ResultSnapshots\" ALTER COLUMN \"Payload\" SET STORAGE EXTENDED;");
    }
}
