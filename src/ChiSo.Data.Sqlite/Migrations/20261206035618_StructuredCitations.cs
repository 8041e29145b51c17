using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace ChiSo.Data.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class StructuredCitations : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            // Data only: document citations stored as joined text become JSON objects (see StructuredCitations).
            migrationBuilder.Sql(ChiSo.Data.Submissions.StructuredCitations.Up(ChiSo.Data.DatabaseProvider.Sqlite));
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql(ChiSo.Data.Submissions.StructuredCitations.Down(ChiSo.Data.DatabaseProvider.Sqlite));
        }
    }
}
