using System.Collections.Immutable;
using System.Globalization;
using ChiSo.Engine;
using ChiSo.Engine.Scoring;

namespace ChiSo.Data.Results;

/// <summary>Turns a campaign's units and stored input values into the engine's dataset and the hash rows.</summary>
internal static class CampaignInputs
{
    public readonly record struct UnitRow(int UnitId, string Code, string Name, string? Group);

    /// <summary>One stored value; <paramref name="Criterion"/> and <paramref name="Input"/> number names in the <see cref="ValueSet"/>.</summary>
    public readonly record struct ValueRow(int UnitId, int Round, int Criterion, int Input, double? Number, string? Text);

    /// <summary>Values as read, with each distinct criterion code and input id stored once.</summary>
    public sealed class ValueSet
    {
        public List<ValueRow> Rows { get; } = [];

        public NameTable Criteria { get; } = new();

        public NameTable Inputs { get; } = new();
    }

    /// <summary>Points a reviewer fixed for one criterion of one unit (ADR 0024).</summary>
    public readonly record struct GivenRow(int UnitId, string Criterion, double Points);

    /// <summary>The input id under which given points are hashed: not an identifier, so no input can have it.</summary>
    public const string GivenPointsInput = "#points";

    public sealed record Built(PointsDataset Data, List<InputRow> Rows, ImmutableArray<Problem> Problems);

    public static Built Build(ScoringPlan plan, List<UnitRow> units, ValueSet values, IReadOnlyList<GivenRow>? given = null)
    {
        units.Sort((a, b) => string.CompareOrdinal(a.Code, b.Code));
        var data = new PointsDataset(plan, [.. units.Select(u => u.Code)], [.. units.Select(u => u.Name)], [.. units.Select(u => u.Group)]);
        var unitIndex = new Dictionary<int, int>(units.Count);
        for (var i = 0; i < units.Count; i++)
        {
            unitIndex[units[i].UnitId] = i;
        }

        var slots = new InputSlots(plan, values);
        var columns = new List<((int Node, int Input) Slot, double[] Column)>();
        var columnOf = new Dictionary<int, double[]>();
        var rows = new List<InputRow>(values.Rows.Count);
        var problems = ImmutableArray.CreateBuilder<Problem>();
        foreach (var (unit, v) in LatestValues.InHashOrder(values, unitIndex, units.Count))
        {
            var (criterion, input) = (values.Criteria[v.Criterion], values.Inputs[v.Input]);
            var slot = slots.Find(v.Criterion, v.Input);
            rows.Add(new InputRow(units[unit].Code, criterion, input, v.Number, HashedText(plan, slot, v.Text)));
            if (slot is null)
            {
                continue; // a value the edition does not ask for changes nothing; it is still in the hash
            }

            var (id, node, index) = slot.Value;
            if (!columnOf.TryGetValue(id, out var column))
            {
                column = new double[units.Count];
                Array.Fill(column, double.NaN);
                columnOf[id] = column;
                columns.Add(((node, index), column));
            }

            column[unit] = ValueOf(plan, (node, index), v, criterion, units[unit].Code, problems);
        }

        foreach (var ((node, input), column) in columns)
        {
            data.SetInput(node, input, column);
        }

        SetGiven(plan, data, units, unitIndex, given ?? [], rows);

        return new Built(data, rows, problems.ToImmutable());
    }

    /// <summary>Given points replace the rule's points of their criterion (the engine's given points) and are hashed as inputs.</summary>
    private static void SetGiven(ScoringPlan plan, PointsDataset data, List<UnitRow> units, Dictionary<int, int> unitIndex, IReadOnlyList<GivenRow> given, List<InputRow> rows)
    {
        var columns = new Dictionary<int, double[]>();
        foreach (var g in given)
        {
            if (!unitIndex.TryGetValue(g.UnitId, out var unit) || !plan.TryGetIndex(g.Criterion, out var node))
            {
                continue; // a unit no longer in the campaign, a criterion the edition does not have
            }

            if (!columns.TryGetValue(node, out var column))
            {
                column = new double[units.Count];
                Array.Fill(column, double.NaN);
                columns[node] = column;
            }

            column[unit] = g.Points;
            rows.Add(new InputRow(units[unit].Code, g.Criterion, GivenPointsInput, g.Points, null));
        }

        foreach (var (node, column) in columns)
        {
            data.SetGivenPoints(node, column);
        }
    }

    /// <summary>
    /// A citation is hashed as its joined line, the text it was stored as before citations were stored structured, so
    /// that results computed before the change hash the same inputs the same way.
    /// </summary>
    private static string? HashedText(ScoringPlan plan, (int Id, int Node, int Input)? slot, string? text) =>
        slot is { } s && plan.Nodes[s.Node].Inputs[s.Input].Type == Engine.Frameworks.InputType.Document ? Citation.Text(text) : text;

    private static double ValueOf(
        ScoringPlan plan, (int Node, int Input) slot, in ValueRow v, string criterion, string unitCode, ImmutableArray<Problem>.Builder problems)
    {
        var definition = plan.Nodes[slot.Node].Inputs[slot.Input];
        if (InputCodec.TryDecode(definition, new StoredValue(v.Number, v.Text), out var value, out var problem))
        {
            return value;
        }

        problems.Add(Problem.Warning("CS002", null, SourceSpan.None,
            string.Create(CultureInfo.InvariantCulture, $"Đơn vị {unitCode}, tiêu chí {criterion}: {problem.Vi} Giá trị này được coi là bị thiếu."),
            string.Create(CultureInfo.InvariantCulture, $"Unit {unitCode}, criterion {criterion}: {problem.En} The value counts as missing.")));
        return double.NaN;
    }

    /// <summary>Where each (criterion, input) pair goes in the plan, looked up once per distinct pair rather than per value.</summary>
    private sealed class InputSlots(ScoringPlan plan, ValueSet values)
    {
        private readonly Dictionary<(string, string), (int Node, int Input)> _byName = ByName(plan);
        private readonly Dictionary<long, (int Id, int Node, int Input)?> _byPair = [];

        public (int Id, int Node, int Input)? Find(int criterion, int input)
        {
            var pair = ((long)criterion << 32) | (uint)input;
            if (!_byPair.TryGetValue(pair, out var slot))
            {
                slot = _byName.TryGetValue((values.Criteria[criterion], values.Inputs[input]), out var found) ? (_byPair.Count, found.Node, found.Input) : null;
                _byPair[pair] = slot;
            }

            return slot;
        }

        private static Dictionary<(string, string), (int, int)> ByName(ScoringPlan plan)
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
    }
}
