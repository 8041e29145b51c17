using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;
using ChiSo.Engine.Composite;
using ChiSo.Engine.Frameworks;
using ChiSo.Engine.Scoring;

namespace ChiSo.Cli.Commands;

/// <summary>
/// The JSON of <c>chiso explain --json</c>, written by code generated at compile time rather than found by reflection
/// at run time, so that a native (ahead-of-time) build of the CLI writes it too: indented, camelCase names, enums by
/// name, NaN and infinities as strings, Vietnamese letters as they are.
/// </summary>
[JsonSourceGenerationOptions(
    WriteIndented = true,
    PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase,
    NumberHandling = JsonNumberHandling.AllowNamedFloatingPointLiterals,
    Converters = [typeof(JsonStringEnumConverter<NodeType>), typeof(JsonStringEnumConverter<NormalisationMethod>),
        typeof(JsonStringEnumConverter<AggregationMethod>), typeof(JsonStringEnumConverter<InputType>)])]
[JsonSerializable(typeof(Explanation))]
[JsonSerializable(typeof(CompositeExplanation))]
internal sealed partial class ExplainJson : JsonSerializerContext
{
    /// <summary>The options above, with letters outside ASCII written as they are.</summary>
    /// <remarks>Made at first use: a static initialiser here could run before the generated <c>Default</c>'s.</remarks>
    public static ExplainJson Relaxed => _relaxed ??= new(new JsonSerializerOptions(Default.Options) { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping });

    private static ExplainJson? _relaxed;
}
