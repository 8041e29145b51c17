using System.Collections.Immutable;
using ChiSo.Engine;
using ChiSo.Engine.Frameworks;

namespace ChiSo.Files.Frameworks;

/// <summary>A node read from one row of the tree sheet, before it is linked to its parent.</summary>
internal sealed record TreeRow(int Row, string Code, string? Parent, SourceSpan ParentAt, FrameworkNode Node);

/// <summary>Reads the rows of the tree, inputs and groups sheets.</summary>
internal static class TreeRowReader
{
    public static List<TreeRow> ReadTree(SheetTable table)
    {
        var rows = new List<TreeRow>();
        foreach (var row in table.Rows())
        {
            var code = table.RequiredText(row, "code");
            var name = table.RequiredText(row, "name");
            var max = table.Number(row, "max");
            var score = table.Text(row, "score");
            var evidenceRequired = table.Flag(row, "evidence_required");
            var evidenceNote = table.Text(row, "evidence_note");
            var node = new FrameworkNode
            {
                Code = code ?? "",
                Name = name ?? "",
                NameEn = table.Text(row, "name_en"),
                MaxPoints = max,
                Cap = table.Flag(row, "cap") ?? false,
                Scored = table.Flag(row, "scored") ?? true,
                Weight = table.Number(row, "weight") ?? 1,
                Direction = table.Integer(row, "direction") ?? 1,
                Lead = table.Text(row, "lead"),
                Source = table.Word<InputSource>(row, "source") ?? InputSource.SelfReport,
                Score = score,
                ScoreAt = score is null ? SourceSpan.None : table.At(row, "score"),
                Evidence = evidenceRequired is null && evidenceNote is null ? null : new EvidenceRule(evidenceRequired ?? false, evidenceNote),
                Description = table.Text(row, "description"),
                At = table.At(row, "code"),
            };
            if (code is not null)
            {
                rows.Add(new TreeRow(row, code, table.Text(row, "parent"), table.At(row, "parent"), node));
            }
        }

        return rows;
    }

    /// <summary>The inputs by criterion code, in row order; the code's position is kept to report unknown criteria.</summary>
    public static List<(string Criterion, SourceSpan At, InputDefinition Input)> ReadInputs(SheetTable table)
    {
        var inputs = new List<(string, SourceSpan, InputDefinition)>();
        foreach (var row in table.Rows())
        {
            var criterion = table.RequiredText(row, "criterion");
            var id = table.RequiredText(row, "id");
            var type = table.Word<InputType>(row, "type");
            if (type is null && table.Text(row, "type") is null)
            {
                table.RequiredText(row, "type");
            }

            var options = ImmutableArray<ChoiceOption>.Empty;
            if (table.Text(row, "options") is { } text)
            {
                var parsed = ChoiceOptions.Parse(text);
                if (parsed is null)
                {
                    table.Report(WorkbookProblems.BadOptions(table.File, table.At(row, "options"), text));
                }

                options = parsed ?? [];
            }

            DateWindow? within = null;
            if (table.Text(row, "within") is { } windowText)
            {
                within = DateWindowText.Parse(windowText);
                if (within is null)
                {
                    table.Report(WorkbookProblems.BadValue(table.File, table.At(row, "within"), table.Title("within"), windowText,
                        "period, 2026-01-01..2026-12-31 hoặc period 2026-07-01..", "period, 2026-01-01..2026-12-31 or period 2026-07-01.."));
                }
            }

            var input = new InputDefinition
            {
                Id = id ?? "",
                Type = type ?? InputType.Number,
                Label = table.Text(row, "label"),
                Min = table.Number(row, "min"),
                Max = table.Number(row, "max"),
                Within = within,
                Unit = table.Text(row, "unit"),
                Options = options,
                At = table.At(row, "id"),
            };
            if (criterion is not null && id is not null && type is not null)
            {
                inputs.Add((criterion, table.At(row, "criterion"), input));
            }
        }

        return inputs;
    }

    /// <summary>The checks of the <see cref="WorkbookLayout.ChecksSheet"/>, each with its criterion's code and cell.</summary>
    public static List<(string Criterion, SourceSpan At, InputCheck Check)> ReadChecks(SheetTable table)
    {
        var checks = new List<(string, SourceSpan, InputCheck)>();
        foreach (var row in table.Rows())
        {
            var criterion = table.RequiredText(row, "criterion");
            var rule = table.RequiredText(row, "rule");
            var severity = table.Word<CheckSeverity>(row, "severity");
            if (criterion is not null && rule is not null)
            {
                checks.Add((criterion, table.At(row, "criterion"), new InputCheck
                {
                    Rule = rule,
                    Message = table.Text(row, "message"),
                    MessageEn = table.Text(row, "message_en"),
                    Severity = severity ?? CheckSeverity.Error,
                    // The cell, not a column inside the rule: a sheet has no line to point into.
                    At = table.At(row, "rule"),
                }));
            }
        }

        return checks;
    }

    public static ImmutableArray<ComparisonGroup> ReadGroups(SheetTable table)
    {
        var groups = ImmutableArray.CreateBuilder<ComparisonGroup>();
        foreach (var row in table.Rows())
        {
            var code = table.RequiredText(row, "code");
            var name = table.RequiredText(row, "name");
            var ranked = table.Flag(row, "ranked") ?? true;
            if (code is not null && name is not null)
            {
                groups.Add(new ComparisonGroup(code, name, ranked));
            }
        }

        return groups.ToImmutable();
    }
}
