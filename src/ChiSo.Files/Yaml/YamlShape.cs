using System.Globalization;
using ChiSo.Engine;
using ChiSo.Engine.Frameworks;
using YamlDotNet.Core;
using YamlDotNet.Core.Events;

namespace ChiSo.Files.Yaml;

/// <summary>
/// How large and how deep a framework file may be. YamlDotNet's representation model and the framework reader both
/// recurse, and an alias is shared, not copied: a recursive alias, deep brackets or an alias fan-out would overflow
/// the stack or run for minutes. The shipped frameworks are about 60 KB, nest 10 levels and have trees 4 levels deep.
/// </summary>
public static class FrameworkLimits
{
    /// <summary>Characters in a framework file.</summary>
    public const int MaxChars = 2 * 1024 * 1024;

    /// <summary>Mappings and lists inside one another.</summary>
    public const int MaxNesting = 50;

    /// <summary>YAML events (values, mappings, lists) in a file.</summary>
    public const int MaxEvents = 500_000;

    /// <summary>Levels of the framework tree, the roots being level 1; the engine's validator and scoring recurse over it.</summary>
    public const int MaxTreeDepth = 10;
}

/// <summary>
/// Walks the YAML event stream (which YamlDotNet parses without recursion) before the document is loaded, refusing
/// aliases and stopping at the first bound of <see cref="FrameworkLimits"/> crossed, so that every such file gets a
/// problem with its line and column instead of a crash or a hang.
/// </summary>
internal static class YamlShape
{
    public static bool Check(string text, YamlProblems problems)
    {
        if (text.Length > FrameworkLimits.MaxChars)
        {
            problems.Error(FrameworkProblemCodes.Document, new SourceSpan(1, 1),
                $"Tệp quá lớn: {N(text.Length)} ký tự, giới hạn là {N(FrameworkLimits.MaxChars)}.",
                string.Create(CultureInfo.InvariantCulture, $"The file is too large: {text.Length:N0} characters, the limit is {FrameworkLimits.MaxChars:N0}."));
            return false;
        }

        var parser = new Parser(new StringReader(text));
        var (depth, events, duplicates) = (0, 0, 0);
        var mappings = new Stack<Mapping?>();
        try
        {
            while (parser.MoveNext())
            {
                var current = parser.Current!;
                if (current is NodeEvent node && mappings.TryPeek(out var mapping) && mapping is not null && !mapping.Key(node, problems))
                {
                    duplicates++;
                }
                if (++events > FrameworkLimits.MaxEvents)
                {
                    problems.Error(FrameworkProblemCodes.Document, YamlProblems.At(current.Start),
                        $"Tệp có quá nhiều giá trị (hơn {N(FrameworkLimits.MaxEvents)}).",
                        string.Create(CultureInfo.InvariantCulture, $"The file holds too many values (more than {FrameworkLimits.MaxEvents:N0})."));
                    return false;
                }

                switch (current)
                {
                    case AnchorAlias alias:
                        problems.Error(FrameworkProblemCodes.Document, YamlProblems.At(alias.Start),
                            $"Tệp dùng bí danh YAML (*{alias.Value}); ChiSo không nhận bí danh. Hãy viết đầy đủ nội dung tại chỗ.",
                            $"The file uses a YAML alias (*{alias.Value}); ChiSo does not accept aliases. Write the content out in place.");
                        return false;
                    case MappingStart or SequenceStart when ++depth > FrameworkLimits.MaxNesting:
                        problems.Error(FrameworkProblemCodes.Document, YamlProblems.At(current.Start),
                            $"Tệp lồng nhau quá sâu (hơn {N(FrameworkLimits.MaxNesting)} cấp danh sách và bảng khóa).",
                            string.Create(CultureInfo.InvariantCulture, $"The file nests too deeply (more than {FrameworkLimits.MaxNesting} levels of lists and mappings)."));
                        return false;
                    case MappingEnd or SequenceEnd:
                        depth--;
                        mappings.Pop();
                        break;
                }

                if (current is MappingStart or SequenceStart)
                {
                    mappings.Push(current is MappingStart ? new Mapping() : null);
                }
            }
        }
        catch (YamlException)
        {
            // Syntax errors are reported by the full load, with the parser's own words.
        }
        catch (InvalidOperationException)
        {
            // YamlDotNet's scanner throws this instead of a YamlException on some broken text (found by scripts/fuzz);
            // the full load would throw it again, so the file is refused here.
            var at = parser.Current is { } last ? YamlProblems.At(last.End) : new SourceSpan(1, 1);
            problems.Error(FrameworkProblemCodes.Syntax, at,
                "Tệp không phải YAML hợp lệ sau vị trí này: thường do thụt lề không đều, thiếu dấu nháy đóng, hoặc thiếu dấu cách sau \":\" hay \"-\". Hãy sửa rồi kiểm tra lại.",
                "The file is not valid YAML after this point: usually uneven indentation, an unclosed quote, or a missing space after \":\" or \"-\". Fix it and check again.");
            return false;
        }

        // YamlDotNet stops at the first duplicate key; every one of them is reported here instead.
        return duplicates == 0;
    }

    /// <summary>The keys of one mapping seen so far; events alternate between a key and its value.</summary>
    private sealed class Mapping
    {
        private readonly Dictionary<string, Mark> _keys = new(StringComparer.Ordinal);
        private bool _atValue;

        /// <summary>Takes the next key or value; false when it is a key seen before in this mapping.</summary>
        public bool Key(NodeEvent node, YamlProblems problems)
        {
            var isKey = !_atValue;
            _atValue = !_atValue;
            if (!isKey || node is not Scalar { Value: var key } || _keys.TryAdd(key, node.Start))
            {
                return true;
            }

            var first = _keys[key];
            problems.Error(FrameworkProblemCodes.DuplicateKey, YamlProblems.At(node.Start),
                string.Create(CultureInfo.InvariantCulture, $"Khóa \"{key}\" xuất hiện hai lần trong cùng một bảng khóa (lần đầu ở dòng {first.Line}); hãy giữ một lần."),
                string.Create(CultureInfo.InvariantCulture, $"The key \"{key}\" appears twice in the same mapping (first on line {first.Line}); keep one."));
            return false;
        }
    }

    private static string N(long value) => value.ToString("N0", CultureInfo.GetCultureInfo("vi-VN"));
}
