using System.Globalization;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace ChiSo.Files.Yaml;

/// <summary>
/// Plain scalars read by the YAML 1.2 core schema rules, so that a value means the same here as in an editor
/// checking the file against docs/framework.schema.json.
/// </summary>
internal static class YamlScalars
{
    private const NumberStyles Numeric = NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint | NumberStyles.AllowExponent;

    public static bool IsPlain(YamlScalarNode scalar) => scalar.Style is ScalarStyle.Plain or ScalarStyle.Any;

    public static bool IsNull(YamlNode node) =>
        node is YamlScalarNode scalar && IsPlain(scalar) && scalar.Value is null or "" or "~" or "null" or "Null" or "NULL";

    public static bool TryNumber(YamlScalarNode scalar, out double value)
    {
        value = 0;
        var text = scalar.Value;
        return !string.IsNullOrEmpty(text)
            && (char.IsAsciiDigit(text[0]) || text[0] is '-' or '+' or '.')
            && double.TryParse(text, Numeric, CultureInfo.InvariantCulture, out value)
            && double.IsFinite(value);
    }

    public static bool TryInteger(YamlScalarNode scalar, out int value) =>
        int.TryParse(scalar.Value, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out value);

    public static bool TryBool(YamlScalarNode scalar, out bool value)
    {
        (var ok, value) = scalar.Value switch
        {
            "true" or "True" or "TRUE" => (true, true),
            "false" or "False" or "FALSE" => (true, false),
            _ => (false, false),
        };
        return ok;
    }
}
