using System.Collections.Immutable;
using System.Globalization;
using ChiSo.Engine;
using ChiSo.Engine.Scoring;

namespace ChiSo.Data.Results;

/// <summary>Turns a campaign's units and stored input values into the engine's dataset and the hash rows.</summary>
internal static class CampaignInputs
{
    public readonly record struct UnitRow(int UnitId, string Code, string Name, string? Group);

    public readonly record struct ValueRow(int UnitId, int Round, string CriterionCode, string InputId, double? Number, string? Text);

    public sealed record Built(PointsDataset Data, List<InputRow> Rows, ImmutableArray<Problem> Problems);

    public static Built Build(ScoringPlan plan, List<UnitRow> units, List<ValueRow> values)
    {
        units.Sort((a, b) => string.CompareOrdinal(a.Code, b.Code));
        var data = new PointsDataset(plan, [.. units.Select(u => u.Code)], [.. units.Select(u => u.Name)], [.. units.Select(u => u.Group)]);
        var unitIndex = new Dictionary<int, int>(units.Count);
        for (var i = 0; i < units.Count; i++)
        {
            unitIndex[units[i].UnitId] = i;
        }

        var slots = InputSlots(plan);
        var columns = new Dictionary<(int Node, int Input), double[]>();
        var rows = new List<InputRow>(values.Count);
        var problems = ImmutableArray.CreateBuilder<Problem>();
        foreach (var bucket in LatestPerInput(values, unitIndex, units.Count))
        {
            foreach (var v in bucket)
            {
                var unit = unitIndex[v.UnitId];
                rows.Add(new InputRow(units[unit].Code, v.CriterionCode, v.InputId, v.Number, v.Text));
                if (!slots.TryGetValue((v.CriterionCode, v.InputId), out var slot))
                {
                    continue; // a value the edition does not ask for changes nothing; it is still in the hash
                }

                if (!columns.TryGetValue(slot, out var column))
                {
                    column = new double[units.Count];
                    Array.Fill(column, double.NaN);
                    columns[slot] = column;
                }

                column[unit] = ValueOf(plan, slot, v, units[unit].Code, problems);
            }
        }

        foreach (var ((node, input), column) in columns)
        {
            data.SetInput(node, input, column);
        }

        return new Built(data, rows, problems.ToImmutable());
    }

    /// <summary>
    /// Buckets the values by unit (in unit-code order) and keeps, per criterion input, the value of the latest
    /// round; each bucket comes out sorted by criterion code and input id, so the rows are in hash order already.
    /// </summary>
    private static IEnumerable<List<ValueRow>> LatestPerInput(List<ValueRow> values, Dictionary<int, int> unitIndex, int unitCount)
    {
        var buckets = new List<ValueRow>?[unitCount];
        foreach (var v in values)
        {
            if (unitIndex.TryGetValue(v.UnitId, out var unit))
            {
                (buckets[unit] ??= []).Add(v);
            }
        }

        foreach (var bucket in buckets)
        {
            if (bucket is null)
            {
                continue;
            }

            bucket.Sort(static (a, b) =>
            {
                var c = string.CompareOrdinal(a.CriterionCode, b.CriterionCode);
                c = c != 0 ? c : string.CompareOrdinal(a.InputId, b.InputId);
                return c != 0 ? c : a.Round.CompareTo(b.Round);
            });
            var latest = new List<ValueRow>(bucket.Count);
            for (var i = 0; i < bucket.Count; i++)
            {
                var last = i + 1 == bucket.Count
                    || bucket[i + 1].CriterionCode != bucket[i].CriterionCode || bucket[i + 1].InputId != bucket[i].InputId;
                if (last)
                {
                    latest.Add(bucket[i]);
                }
            }

            yield return latest;
        }
    }

    private static Dictionary<(string Criterion, string Input), (int Node, int Input)> InputSlots(ScoringPlan plan)
    {
        var slots = new Dictionary<(string, string), (int, int)>();
        foreach (var leaf in plan.Leaves)
        {
            var node = plan.Nodes[leaf];
            for (var k = 0; k < node.Inputs.Length; k++)
            {
                slots[(node.Code, node.Inputs[k].Id)] = (leaf, k);
            }
        }

        return slots;
    }

    private static double ValueOf(ScoringPlan plan, (int Node, int Input) slot, in ValueRow v, string unitCode, ImmutableArray<Problem>.Builder problems)
    {
        if (v.Number is { } number)
        {
            return number;
        }

        var definition = plan.Nodes[slot.Node].Inputs[slot.Input];
        if (InputText.TryParse(definition, v.Text, out var value, out var problem))
        {
            return value;
        }

        problems.Add(Problem.Warning("CS002", null, SourceSpan.None,
            string.Create(CultureInfo.InvariantCulture, $"Đơn vị {unitCode}, tiêu chí {v.CriterionCode}: {problem.Vi} Giá trị này được coi là bị thiếu."),
            string.Create(CultureInfo.InvariantCulture, $"Unit {unitCode}, criterion {v.CriterionCode}: {problem.En} The value counts as missing.")));
        return double.NaN;
    }
}
