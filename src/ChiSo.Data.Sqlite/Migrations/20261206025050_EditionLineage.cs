using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace ChiSo.Data.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class EditionLineage : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<int>(
                name: "BasedOnId",
                table: "FrameworkEditions",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AddColumn<DateTime>(
                name: "CreatedAt",
                table: "FrameworkEditions",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "CreatedBy",
                table: "FrameworkEditions",
                type: "TEXT",
                maxLength: 256,
                nullable: true);

            migrationBuilder.CreateIndex(
                name: "IX_FrameworkEditions_BasedOnId",
                table: "FrameworkEditions",
                column: "BasedOnId");

            migrationBuilder.AddForeignKey(
                name: "FK_FrameworkEditions_FrameworkEditions_BasedOnId",
                table: "FrameworkEditions",
                column: "BasedOnId",
                principalTable: "FrameworkEditions",
                principalColumn: "Id",
                onDelete: ReferentialAction.Restrict);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropForeignKey(
                name: "FK_FrameworkEditions_FrameworkEditions_BasedOnId",
                table: "FrameworkEditions");

            migrationBuilder.DropIndex(
                name: "IX_FrameworkEditions_BasedOnId",
                table: "FrameworkEditions");

            migrationBuilder.DropColumn(
                name: "BasedOnId",
                table: "FrameworkEditions");

            migrationBuilder.DropColumn(
                name: "CreatedAt",
                table: "FrameworkEditions");

            migrationBuilder.DropColumn(
                name: "CreatedBy",
                table: "FrameworkEditions");
        }
    }
}
