using System.Globalization;
using ChiSo.Engine;
using ChiSo.Engine.Frameworks;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace ChiSo.Files.Yaml;


/// <summary>
/// The keys of one YAML mapping, checked against the keys allowed there, with typed accessors that report a
/// problem at the offending value instead of throwing.
/// </summary>
internal sealed class YamlFields
{
    private readonly YamlProblems problems;
    private readonly Dictionary<string, YamlNode> values = new(StringComparer.Ordinal);

    public YamlFields(YamlMappingNode map, Bilingual where, IReadOnlyList<string> allowed, YamlProblems problems)
    {
        this.problems = problems;
        At = YamlProblems.At(map);
        Where = where;
        foreach (var (keyNode, value) in map.Children)
        {
            var key = keyNode is YamlScalarNode { Value: { } k } ? k : keyNode.ToString();
            if (!allowed.Contains(key))
            {
                problems.UnknownKey(keyNode, key, where, allowed);
            }
            else if (!values.TryAdd(key, value))
            {
                problems.Error(FrameworkProblemCodes.DuplicateKey, keyNode,
                    $"Khóa \"{key}\" xuất hiện hai lần trong {where.Vi}; hãy giữ một lần.",
                    $"The key \"{key}\" appears twice in {where.En}; keep one.");
            }
        }
    }

    public SourceSpan At { get; }

    public Bilingual Where { get; }

    public bool Has(string key) => values.TryGetValue(key, out var v) && !YamlScalars.IsNull(v);

    public YamlNode? Node(string key) => Has(key) ? values[key] : null;

    public string? Text(string key, bool required = false)
    {
        var node = Node(key);
        if (node is null)
        {
            return required ? Missing(key) : null;
        }

        if (node is YamlScalarNode scalar)
        {
            return scalar.Value ?? "";
        }

        problems.WrongType(node, key, "một đoạn chữ", "text");
        return null;
    }

    public double? Number(string key) =>
        Scalar<double>(key, "một số (ví dụ 10 hoặc 2.5)", "a number (e.g. 10 or 2.5)", YamlScalars.TryNumber);

    public int? Integer(string key) =>
        Scalar(key, "một số nguyên", "a whole number", (YamlScalarNode s, out int v) => YamlScalars.TryInteger(s, out v));

    public bool? Bool(string key) => Scalar<bool>(key, "true hoặc false", "true or false", YamlScalars.TryBool);

    public DateOnly? Date(string key) =>
        Scalar(key, "một ngày dạng YYYY-MM-DD", "a date as YYYY-MM-DD", (YamlScalarNode s, out DateOnly v) =>
            DateOnly.TryParseExact(s.Value, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out v));

    /// <summary>Reads a word from a closed set (e.g. <c>source: platform</c>).</summary>
    public T? Word<T>(string key, IReadOnlyDictionary<string, T> words)
        where T : struct
    {
        var text = Text(key);
        if (text is null)
        {
            return null;
        }

        if (words.TryGetValue(text, out var value))
        {
            return value;
        }

        var allowed = string.Join(", ", words.Keys);
        problems.Error(FrameworkProblemCodes.UnknownValue, values[key],
            $"\"{key}\" không nhận giá trị \"{text}\"; chỉ dùng một trong: {allowed}.",
            $"\"{key}\" cannot be \"{text}\"; use one of: {allowed}.");
        return null;
    }

    public YamlMappingNode? Mapping(string key) => Collection<YamlMappingNode>(key, "một bảng khóa: giá trị", "a mapping of key: value");

    public YamlSequenceNode? Sequence(string key) => Collection<YamlSequenceNode>(key, "một danh sách (các dòng bắt đầu bằng \"- \")", "a list (lines starting with \"- \")");

    private T? Collection<T>(string key, string vi, string en)
        where T : YamlNode
    {
        var node = Node(key);
        if (node is null or T)
        {
            return (T?)node;
        }

        problems.WrongType(node, key, vi, en);
        return null;
    }

    private delegate bool TryParse<T>(YamlScalarNode scalar, out T value);

    private T? Scalar<T>(string key, string vi, string en, TryParse<T> parse)
        where T : struct
    {
        var node = Node(key);
        if (node is null)
        {
            return null;
        }

        if (node is YamlScalarNode scalar && scalar.Style is ScalarStyle.Plain or ScalarStyle.Any && parse(scalar, out var value))
        {
            return value;
        }

        problems.WrongType(node, key, vi, en);
        return null;
    }

    public string Missing(string key)
    {
        problems.Error(FrameworkProblemCodes.MissingKey, At,
            $"Thiếu khóa bắt buộc \"{key}\" trong {Where.Vi}; hãy thêm \"{key}: ...\".",
            $"The required key \"{key}\" is missing in {Where.En}; add \"{key}: ...\".");
        return "";
    }
}
