using System;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace ChiSo.Data.Postgres.Migrations
{
    /// <inheritdoc />
    public partial class ReviewRounds : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "AuditHead",
                table: "ResultSnapshots",
                type: "character varying(64)",
                maxLength: 64,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "Reason",
                table: "ResultSnapshots",
                type: "character varying(2000)",
                maxLength: 2000,
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "SupersedesId",
                table: "ResultSnapshots",
                type: "integer",
                nullable: true);

            migrationBuilder.AddColumn<bool>(
                name: "Accepted",
                table: "Objections",
                type: "boolean",
                nullable: true);

            migrationBuilder.AddColumn<DateTime>(
                name: "AnsweredAt",
                table: "Objections",
                type: "timestamp with time zone",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "AnsweredBy",
                table: "Objections",
                type: "character varying(256)",
                maxLength: 256,
                nullable: true);

            migrationBuilder.AddColumn<double>(
                name: "NewPoints",
                table: "Objections",
                type: "double precision",
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "Version",
                table: "Objections",
                type: "integer",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<int>(
                name: "ObjectionId",
                table: "Evidence",
                type: "integer",
                nullable: true);

            migrationBuilder.AddColumn<DateTime>(
                name: "FinalAt",
                table: "CriterionScores",
                type: "timestamp with time zone",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "FinalBy",
                table: "CriterionScores",
                type: "character varying(256)",
                maxLength: 256,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "FinalReason",
                table: "CriterionScores",
                type: "text",
                nullable: true);

            migrationBuilder.AddColumn<DateTime>(
                name: "ReviewedAt",
                table: "CriterionScores",
                type: "timestamp with time zone",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "ReviewedBy",
                table: "CriterionScores",
                type: "character varying(256)",
                maxLength: 256,
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "Stage",
                table: "Campaigns",
                type: "integer",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<int>(
                name: "Version",
                table: "Campaigns",
                type: "integer",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.CreateTable(
                name: "ReviewerAssignments",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    CampaignId = table.Column<int>(type: "integer", nullable: false),
                    UserId = table.Column<string>(type: "text", nullable: false),
                    UnitId = table.Column<int>(type: "integer", nullable: true),
                    NodeCode = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: true),
                    AssignedBy = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: false),
                    AssignedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ReviewerAssignments", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ReviewerAssignments_AspNetUsers_UserId",
                        column: x => x.UserId,
                        principalTable: "AspNetUsers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_ReviewerAssignments_Campaigns_CampaignId",
                        column: x => x.CampaignId,
                        principalTable: "Campaigns",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_ReviewerAssignments_Units_UnitId",
                        column: x => x.UnitId,
                        principalTable: "Units",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "RoundResponses",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    SubmissionId = table.Column<int>(type: "integer", nullable: false),
                    Round = table.Column<int>(type: "integer", nullable: false),
                    Confirmed = table.Column<bool>(type: "boolean", nullable: false),
                    SignedBy = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: false),
                    SignedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    Note = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_RoundResponses", x => x.Id);
                    table.ForeignKey(
                        name: "FK_RoundResponses_Submissions_SubmissionId",
                        column: x => x.SubmissionId,
                        principalTable: "Submissions",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_ReviewerAssignments_CampaignId_UserId",
                table: "ReviewerAssignments",
                columns: new[] { "CampaignId", "UserId" });

            migrationBuilder.CreateIndex(
                name: "IX_ReviewerAssignments_UnitId",
                table: "ReviewerAssignments",
                column: "UnitId");

            migrationBuilder.CreateIndex(
                name: "IX_ReviewerAssignments_UserId",
                table: "ReviewerAssignments",
                column: "UserId");

            migrationBuilder.CreateIndex(
                name: "IX_RoundResponses_SubmissionId_Round",
                table: "RoundResponses",
                columns: new[] { "SubmissionId", "Round" },
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "ReviewerAssignments");

            migrationBuilder.DropTable(
                name: "RoundResponses");

            migrationBuilder.DropColumn(
                name: "AuditHead",
                table: "ResultSnapshots");

            migrationBuilder.DropColumn(
                name: "Reason",
                table: "ResultSnapshots");

            migrationBuilder.DropColumn(
                name: "SupersedesId",
                table: "ResultSnapshots");

            migrationBuilder.DropColumn(
                name: "Accepted",
                table: "Objections");

            migrationBuilder.DropColumn(
                name: "AnsweredAt",
                table: "Objections");

            migrationBuilder.DropColumn(
                name: "AnsweredBy",
                table: "Objections");

            migrationBuilder.DropColumn(
                name: "NewPoints",
                table: "Objections");

            migrationBuilder.DropColumn(
                name: "Version",
                table: "Objections");

            migrationBuilder.DropColumn(
                name: "ObjectionId",
                table: "Evidence");

            migrationBuilder.DropColumn(
                name: "FinalAt",
                table: "CriterionScores");

            migrationBuilder.DropColumn(
                name: "FinalBy",
                table: "CriterionScores");

            migrationBuilder.DropColumn(
                name: "FinalReason",
                table: "CriterionScores");

            migrationBuilder.DropColumn(
                name: "ReviewedAt",
                table: "CriterionScores");

            migrationBuilder.DropColumn(
                name: "ReviewedBy",
                table: "CriterionScores");

            migrationBuilder.DropColumn(
                name: "Stage",
                table: "Campaigns");

            migrationBuilder.DropColumn(
                name: "Version",
                table: "Campaigns");
        }
    }
}
