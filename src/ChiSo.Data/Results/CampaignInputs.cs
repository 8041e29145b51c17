using System.Collections.Immutable;
using System.Globalization;
using System.Runtime.InteropServices;
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
    public sealed class ValueSet(int capacity = 0)
    {
        /// <summary>The rows; sized up front when the caller can tell, so 300,000 rows are not copied through ever larger arrays.</summary>
        public List<ValueRow> Rows { get; } = new(capacity);

        public NameTable Criteria { get; } = new();

        public NameTable Inputs { get; } = new();

        /// <summary>The longest text <see cref="Text"/> looks up before making a string; longer ones are rare and read as they are.</summary>
        public const int MaxSharedText = 512;

        private const int MaxTexts = 100_000;
        private readonly Dictionary<string, string> _texts = new(StringComparer.Ordinal);

        /// <summary>
        /// A stored text as one shared string: option keys, dates and citations repeat on every unit, so 100,000 text
        /// values make a few hundred strings instead of 100,000 (less for the collector to do while a round is stored).
        /// </summary>
        public string Text(ReadOnlySpan<char> text)
        {
            var lookup = _texts.GetAlternateLookup<ReadOnlySpan<char>>();
            if (lookup.TryGetValue(text, out var known))
            {
                return known;
            }

            var made = text.ToString();
            if (_texts.Count < MaxTexts)
            {
                _texts[made] = made;
            }

            return made;
        }
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
        var texts = new StoredTexts(plan);
        var points = new GivenPoints(plan, units.Count, unitIndex, given ?? []);
        var rows = new List<InputRow>(values.Rows.Count + points.Count);
        var problems = ImmutableArray.CreateBuilder<Problem>();
        var done = 0; // units whose given points are all in the rows
        foreach (var (unit, v) in LatestValues.InHashOrder(values, unitIndex, units.Count))
        {
            var (criterion, input) = (values.Criteria[v.Criterion], values.Inputs[v.Input]);
            for (; done < unit; done++)
            {
                points.AddRows(done, units[done].Code, rows);
            }

            // Given points are hashed as inputs of their criterion: in hash order, before the inputs they sort before.
            points.AddRowsBefore(unit, units[unit].Code, criterion, input, rows);
            var slot = slots.Find(v.Criterion, v.Input);
            if (slot < 0)
            {
                rows.Add(new InputRow(units[unit].Code, criterion, input, v.Number, v.Text));
                continue; // a value the edition does not ask for changes nothing; it is still in the hash
            }

            var (node, index) = slots.Place(slot);
            if (v.Number is { } number)
            {
                rows.Add(new InputRow(units[unit].Code, criterion, input, number, null));
                slots.Column(slot, units.Count)[unit] = number;
                continue;
            }

            var text = texts.Read(slot, node, index, v.Text);
            rows.Add(new InputRow(units[unit].Code, criterion, input, null, text.Hashed));
            slots.Column(slot, units.Count)[unit] = text.Value;
            if (text.Problem is { } problem)
            {
                problems.Add(Unreadable(units[unit].Code, criterion, problem));
            }
        }

        for (; done < units.Count; done++)
        {
            points.AddRows(done, units[done].Code, rows);
        }

        slots.SetInputs(data);
        points.SetGivenPoints(data);
        return new Built(data, rows, problems.ToImmutable());
    }

    private static Problem Unreadable(string unitCode, string criterion, Bilingual problem) =>
        Problem.Warning("CS002", null, SourceSpan.None,
            string.Create(CultureInfo.InvariantCulture, $"Đơn vị {unitCode}, tiêu chí {criterion}: {problem.Vi} Giá trị này được coi là bị thiếu."),
            string.Create(CultureInfo.InvariantCulture, $"Unit {unitCode}, criterion {criterion}: {problem.En} The value counts as missing."));

    /// <summary>Where each (criterion, input) pair goes in the plan, looked up once per distinct pair rather than per value, and its column.</summary>
    private sealed class InputSlots(ScoringPlan plan, ValueSet values)
    {
        private readonly Dictionary<(string, string), (int Node, int Input)> _byName = ByName(plan);
        private readonly Dictionary<long, int> _byPair = [];
        private readonly List<(int Node, int Input)> _places = [];
        private readonly List<double[]?> _columns = [];

        /// <summary>The slot of a stored (criterion, input) pair; negative when the edition does not ask for it.</summary>
        public int Find(int criterion, int input)
        {
            ref var slot = ref CollectionsMarshal.GetValueRefOrAddDefault(_byPair, ((long)criterion << 32) | (uint)input, out var known);
            if (!known)
            {
                slot = -1;
                if (_byName.TryGetValue((values.Criteria[criterion], values.Inputs[input]), out var place))
                {
                    slot = _places.Count;
                    _places.Add(place);
                    _columns.Add(null);
                }
            }

            return slot;
        }

        public (int Node, int Input) Place(int slot) => _places[slot];

        /// <summary>The slot's values across units, missing (NaN) until set.</summary>
        public double[] Column(int slot, int unitCount)
        {
            if (_columns[slot] is not { } column)
            {
                column = new double[unitCount];
                Array.Fill(column, double.NaN);
                _columns[slot] = column;
            }

            return column;
        }

        public void SetInputs(PointsDataset data)
        {
            for (var slot = 0; slot < _places.Count; slot++)
            {
                if (_columns[slot] is { } column)
                {
                    data.SetInput(_places[slot].Node, _places[slot].Input, column);
                }
            }
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

    /// <summary>
    /// Stored text read once per input and distinct text (option keys, dates and "có"/"không" repeat on every unit): the
    /// value it scores as, the text it is hashed as, and why it cannot be read, if it cannot.
    /// </summary>
    private sealed class StoredTexts(ScoringPlan plan)
    {
        private readonly Dictionary<(int Slot, string? Text), Reading> _read = [];

        public readonly record struct Reading(double Value, string? Hashed, Bilingual? Problem);

        public Reading Read(int slot, int node, int input, string? text)
        {
            ref var read = ref CollectionsMarshal.GetValueRefOrAddDefault(_read, (slot, text), out var known);
            if (!known)
            {
                var definition = plan.Nodes[node].Inputs[input];
                // A citation is hashed as its joined line, the text it was stored as before citations were stored
                // structured, so that results computed before the change hash the same inputs the same way.
                var hashed = definition.Type == Engine.Frameworks.InputType.Document ? Citation.Text(text) : text;
                read = InputCodec.TryDecode(definition, new StoredValue(null, text), out var value, out var problem)
                    ? new Reading(value, hashed, null)
                    : new Reading(double.NaN, hashed, problem);
            }

            return read;
        }
    }

    /// <summary>
    /// Points reviewers gave (ADR 0024), by unit and in hash order (criterion code, then input id <see cref="GivenPointsInput"/>):
    /// they replace the rule's points of their criterion (the engine's given points) and are hashed as inputs, merged
    /// into the unit's values so that the rows stay in hash order and the hash never sorts.
    /// </summary>
    private sealed class GivenPoints
    {
        private readonly (string Criterion, double Points)[] _entries;
        private readonly int[] _next;
        private readonly int[] _ends;
        private readonly Dictionary<int, double[]> _columns = [];

        public GivenPoints(ScoringPlan plan, int unitCount, Dictionary<int, int> unitIndex, IReadOnlyList<GivenRow> given)
        {
            var kept = new List<(int Unit, int Order, string Criterion, double Points)>(given.Count);
            foreach (var g in given)
            {
                if (!unitIndex.TryGetValue(g.UnitId, out var unit) || !plan.TryGetIndex(g.Criterion, out var node))
                {
                    continue; // a unit no longer in the campaign, a criterion the edition does not have
                }

                if (!_columns.TryGetValue(node, out var column))
                {
                    column = new double[unitCount];
                    Array.Fill(column, double.NaN);
                    _columns[node] = column;
                }

                column[unit] = g.Points;
                kept.Add((unit, kept.Count, g.Criterion, g.Points));
            }

            kept.Sort(static (a, b) =>
            {
                var c = a.Unit.CompareTo(b.Unit);
                c = c != 0 ? c : string.CompareOrdinal(a.Criterion, b.Criterion);
                return c != 0 ? c : a.Order.CompareTo(b.Order);
            });
            _entries = [.. kept.Select(k => (k.Criterion, k.Points))];
            _next = new int[unitCount];
            _ends = new int[unitCount];
            var at = 0;
            for (var unit = 0; unit < unitCount; unit++)
            {
                _next[unit] = at;
                while (at < kept.Count && kept[at].Unit == unit)
                {
                    at++;
                }

                _ends[unit] = at;
            }
        }

        public int Count => _entries.Length;

        /// <summary>Adds the unit's given points that hash before input <paramref name="input"/> of <paramref name="criterion"/>.</summary>
        public void AddRowsBefore(int unit, string unitCode, string criterion, string input, List<InputRow> rows)
        {
            while (_next[unit] < _ends[unit] && Before(_entries[_next[unit]].Criterion, criterion, input))
            {
                Add(unit, unitCode, rows);
            }
        }

        /// <summary>Adds the unit's given points not added yet.</summary>
        public void AddRows(int unit, string unitCode, List<InputRow> rows)
        {
            while (_next[unit] < _ends[unit])
            {
                Add(unit, unitCode, rows);
            }
        }

        public void SetGivenPoints(PointsDataset data)
        {
            foreach (var (node, column) in _columns)
            {
                data.SetGivenPoints(node, column);
            }
        }

        private void Add(int unit, string unitCode, List<InputRow> rows)
        {
            var (criterion, points) = _entries[_next[unit]++];
            rows.Add(new InputRow(unitCode, criterion, GivenPointsInput, points, null));
        }

        private static bool Before(string givenCriterion, string criterion, string input)
        {
            var c = string.CompareOrdinal(givenCriterion, criterion);
            return c < 0 || (c == 0 && string.CompareOrdinal(GivenPointsInput, input) < 0);
        }
    }
}
