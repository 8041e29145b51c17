using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;
using ChiSo.Cli.Commands;
using ChiSo.Engine.Composite;
using ChiSo.Engine.Frameworks;
using ChiSo.Engine.Scoring;

namespace ChiSo.Cli.Tests.Commands;

/// <summary>
/// <c>chiso explain --format json</c> is written by generated code (<see cref="ExplainJson"/>, so that a native build
/// writes it too): the text must be the one reflection-based serialisation with the former options wrote.
/// </summary>
public class ExplainJsonTests
{
    private static readonly JsonSerializerOptions Reflection = new()
    {
        WriteIndented = true,
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        NumberHandling = JsonNumberHandling.AllowNamedFloatingPointLiterals,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        Converters = { new JsonStringEnumConverter() },
    };

    [Fact]
    public void Points_SameTextAsReflection()
    {
        var criterion = new Explanation("C1.1", "Cổng dịch vụ công \"một cửa\"", 2.5, 3, 2.5 / 3, 4, double.NaN, false, true,
            "if(x > 0, 3, 0)", double.PositiveInfinity,
            [new InputExplanation("x", "Số hồ sơ", InputType.Number, double.NaN, null), new InputExplanation("c", null, InputType.Choice, 1, "có")],
            []);
        var root = new Explanation("DTI", "Chỉ số chuyển đổi số", 541.46, 1000, 0.54146, 1, double.NaN, true, false, null, double.NaN, [], [criterion]);

        Assert.Equal(JsonSerializer.Serialize(root, Reflection), JsonSerializer.Serialize(root, ExplainJson.Relaxed.Explanation));
    }

    [Fact]
    public void Composite_SameTextAsReflection()
    {
        var trace = new IndicatorTrace(double.NaN, 4.5, true, 4.5, 2, true, -1, -4.5, NormalisationMethod.MinMax, 1, double.NegativeInfinity, 94.0714);
        var leaf = new CompositeExplanation("LPI", "Chỉ số hậu cần", NodeType.Indicator, 94.0714, 3, 1, 0.25, 23.51785, trace, null, []);
        var root = new CompositeExplanation("Index", "Chỉ số", NodeType.Aggregate, 61.2, 7, double.NaN, double.NaN, double.NaN, null, AggregationMethod.ArithmeticMean, [leaf]);

        Assert.Equal(JsonSerializer.Serialize(root, Reflection), JsonSerializer.Serialize(root, ExplainJson.Relaxed.CompositeExplanation));
    }
}
