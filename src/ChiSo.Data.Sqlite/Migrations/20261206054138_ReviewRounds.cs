using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace ChiSo.Data.Sqlite.Migrations
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
                type: "TEXT",
                maxLength: 64,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "Reason",
                table: "ResultSnapshots",
                type: "TEXT",
                maxLength: 2000,
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "SupersedesId",
                table: "ResultSnapshots",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AddColumn<bool>(
                name: "Accepted",
                table: "Objections",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AddColumn<DateTime>(
                name: "AnsweredAt",
                table: "Objections",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "AnsweredBy",
                table: "Objections",
                type: "TEXT",
                maxLength: 256,
                nullable: true);

            migrationBuilder.AddColumn<double>(
                name: "NewPoints",
                table: "Objections",
                type: "REAL",
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "Version",
                table: "Objections",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<int>(
                name: "ObjectionId",
                table: "Evidence",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AddColumn<DateTime>(
                name: "FinalAt",
                table: "CriterionScores",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "FinalBy",
                table: "CriterionScores",
                type: "TEXT",
                maxLength: 256,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "FinalReason",
                table: "CriterionScores",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<DateTime>(
                name: "ReviewedAt",
                table: "CriterionScores",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "ReviewedBy",
                table: "CriterionScores",
                type: "TEXT",
                maxLength: 256,
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "Stage",
                table: "Campaigns",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<int>(
                name: "Version",
                table: "Campaigns",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.CreateTable(
                name: "ReviewerAssignments",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    CampaignId = table.Column<int>(type: "INTEGER", nullable: false),
                    UserId = table.Column<string>(type: "TEXT", nullable: false),
                    UnitId = table.Column<int>(type: "INTEGER", nullable: true),
                    NodeCode = table.Column<string>(type: "TEXT", maxLength: 40, nullable: true),
                    AssignedBy = table.Column<string>(type: "TEXT", maxLength: 256, nullable: false),
                    AssignedAt = table.Column<DateTime>(type: "TEXT", nullable: false)
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
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    SubmissionId = table.Column<int>(type: "INTEGER", nullable: false),
                    Round = table.Column<int>(type: "INTEGER", nullable: false),
                    Confirmed = table.Column<bool>(type: "INTEGER", nullable: false),
                    SignedBy = table.Column<string>(type: "TEXT", maxLength: 256, nullable: false),
                    SignedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    Note = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true)
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
