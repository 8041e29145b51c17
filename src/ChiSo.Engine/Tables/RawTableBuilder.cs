using System.Collections.Immutable;
using System.Globalization;

namespace ChiSo.Engine.Tables;

/// <summary>
/// Builds a <see cref="RawTable"/> row by row. Shared by the CSV and XLSX readers so that both classify cells the
/// same way: blank or <c>NA</c> = empty; a finite invariant-culture number = number; anything else = text.
/// </summary>
public sealed class RawTableBuilder
{
    private readonly string? _file;
    private readonly string[] _names;
    private readonly int[] _sources;
    private readonly List<Problem> _problems = [];
    private double[][] _numbers;
    private readonly string?[]?[] _texts;
    private int[] _lines;
    private int _rows;

    /// <summary>Starts a table with the given header cells (null or blank headers are reported and their columns skipped).</summary>
    /// <param name="file">File name for messages.</param>
    /// <param name="headers">Header cells in file order.</param>
    /// <param name="headerLine">Line of the header row.</param>
    /// <param name="capacity">Expected number of rows: column arrays are sized once instead of growing, which
    /// matters for hundreds of large columns (each growth is a large-object allocation).</param>
    public RawTableBuilder(string? file, IReadOnlyList<string?> headers, int headerLine, int capacity = 64)
    {
        ArgumentNullException.ThrowIfNull(headers);
        _file = file;
        var names = new List<string>();
        var sources = new List<int>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        for (var c = 0; c < headers.Count; c++)
        {
            var name = headers[c]?.Trim();
            if (string.IsNullOrEmpty(name))
            {
                continue;
            }

            if (!seen.Add(name))
            {
                _problems.Add(TableProblems.DuplicateHeader(file, new SourceSpan(headerLine, c + 1), name));
            }

            names.Add(name);
            sources.Add(c + 1);
        }

        _names = [.. names];
        _sources = [.. sources];
        capacity = Math.Max(capacity, 1);
        _lines = new int[capacity];
        _numbers = [.. _names.Select(_ => new double[capacity])];
        _texts = new string?[]?[_names.Length];
    }

    /// <summary>Column positions (1-based, as in the file) of the kept columns, in order.</summary>
    public IReadOnlyList<int> SourceColumns => _sources;

    /// <summary>Starts a new row; every cell is empty until set.</summary>
    public void BeginRow(int line)
    {
        if (_rows == _lines.Length)
        {
            Array.Resize(ref _lines, _rows * 2);
            for (var c = 0; c < _numbers.Length; c++)
            {
                Array.Resize(ref _numbers[c], _rows * 2);
                if (_texts[c] is { } t)
                {
                    Array.Resize(ref t, _rows * 2);
                    _texts[c] = t;
                }
            }
        }

        _lines[_rows] = line;
        for (var c = 0; c < _numbers.Length; c++)
        {
            _numbers[c][_rows] = double.NaN;
        }

        _rows++;
    }

    /// <summary>Sets cell <paramref name="column"/> (index among kept columns) of the current row from its text, without allocating for numbers.</summary>
    public void SetText(int column, ReadOnlySpan<char> text) => SetText(column, _rows - 1, text);

    /// <summary>
    /// Sets cell <paramref name="column"/> of row <paramref name="row"/> (0-based, added by <see cref="AddRows"/>)
    /// from its text. Safe to call from several threads on different cells.
    /// </summary>
    public void SetText(int column, int row, ReadOnlySpan<char> text)
    {
        var trimmed = text.Trim();
        if (trimmed.IsEmpty || trimmed.SequenceEqual("NA"))
        {
            return;
        }

        if (double.TryParse(trimmed, NumberStyles.Float, CultureInfo.InvariantCulture, out var value) && double.IsFinite(value))
        {
            _numbers[column][row] = value;
            if (!HasLeadingZero(trimmed))
            {
                return;
            }

            // Codes such as "06" or "00004" read as numbers too; keep the text so the zeros survive.
        }

        if (_texts[column] is null)
        {
            // Parallel readers may both see null here: the first array stored wins.
            Interlocked.CompareExchange(ref _texts[column], new string?[_numbers[column].Length], null);
        }

        _texts[column]![row] = trimmed.ToString();
    }

    /// <summary>
    /// Adds <paramref name="count"/> empty rows at once, on consecutive lines from <paramref name="firstLine"/>, for
    /// a reader that fills them from several threads with <see cref="SetNumber(int, int, double)"/> and
    /// <see cref="SetText(int, int, ReadOnlySpan{char})"/>.
    /// </summary>
    public void AddRows(int count, int firstLine)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(count);
        var rows = _rows + count;
        if (rows > _lines.Length)
        {
            Array.Resize(ref _lines, rows);
            for (var c = 0; c < _numbers.Length; c++)
            {
                Array.Resize(ref _numbers[c], rows);
                if (_texts[c] is { } t)
                {
                    Array.Resize(ref t, rows);
                    _texts[c] = t;
                }
            }
        }

        for (var i = 0; i < count; i++)
        {
            _lines[_rows + i] = firstLine + i;
        }

        foreach (var numbers in _numbers)
        {
            Array.Fill(numbers, double.NaN, _rows, count);
        }

        _rows = rows;
    }

    private static bool HasLeadingZero(ReadOnlySpan<char> text) =>
        text.Length > 1 && text[0] == '0' && char.IsAsciiDigit(text[1]);

    /// <summary>Sets cell <paramref name="column"/> of the current row to a number (non-finite numbers are left empty).</summary>
    public void SetNumber(int column, double value) => SetNumber(column, _rows - 1, value);

    /// <summary>Sets cell <paramref name="column"/> of row <paramref name="row"/> (0-based) to a number (non-finite numbers are left empty).</summary>
    public void SetNumber(int column, int row, double value)
    {
        if (double.IsFinite(value))
        {
            _numbers[column][row] = value;
        }
    }

    /// <summary>Finishes the table.</summary>
    public TableRead Build()
    {
        var columns = ImmutableArray.CreateBuilder<RawColumn>(_names.Length);
        for (var c = 0; c < _names.Length; c++)
        {
            var numbers = _numbers[c];
            if (numbers.Length != _rows)
            {
                Array.Resize(ref numbers, _rows);
            }

            var texts = _texts[c];
            if (texts is not null && texts.Length != _rows)
            {
                Array.Resize(ref texts, _rows);
            }

            columns.Add(new RawColumn(_names[c], _sources[c], numbers, texts));
        }

        var lines = _lines.AsSpan(0, _rows).ToImmutableArray();
        return new TableRead(new RawTable(_file, columns.MoveToImmutable(), lines), [.. _problems]);
    }
}
