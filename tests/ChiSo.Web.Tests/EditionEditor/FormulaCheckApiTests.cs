using System.Net;
using ChiSo.Web.Tests.Setup;
using ChiSo.Web.Tests.Support;

namespace ChiSo.Web.Tests.EditionEditor;

[Collection(SharedApp.Name)]
public class FormulaCheckApiTests(WebAppFactory factory)
{
    private static readonly object[] Inputs =
    [
        new { id = "a", type = "integer", label = "Số cán bộ được đào tạo" },
        new { id = "b", type = "integer", label = "Tổng số cán bộ" },
    ];

    [Fact]
    public async Task Check_UnknownInput_ItsColumnAndTheDeclaredInputsNamed()
    {
        using var browser = await ApiCalls.AsAsync(factory, SetupForms.Organiser);

        var response = await ApiCalls.SendAsync(browser, HttpMethod.Post, "/api/v1/formulas/check", new { rule = "max * ratio(a, c)", maxPoints = 10, inputs = Inputs });
        var body = await ApiCalls.JsonAsync(response);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.False(body.GetProperty("ok").GetBoolean());
        var problem = Assert.Single(body.GetProperty("problems").EnumerateArray());
        Assert.Equal((16, 1), (problem.GetProperty("column").GetInt32(), problem.GetProperty("length").GetInt32()));
        Assert.Contains("'c'", problem.GetProperty("vi").GetString(), StringComparison.Ordinal);
        Assert.Contains("a, b", problem.GetProperty("vi").GetString(), StringComparison.Ordinal);
        Assert.Equal(JsonValueKindNull, body.GetProperty("points").ValueKind);
    }

    private const System.Text.Json.JsonValueKind JsonValueKindNull = System.Text.Json.JsonValueKind.Null;

    [Fact]
    public async Task Check_TryIt_PointsForTheSamplesInWords()
    {
        using var browser = await ApiCalls.AsAsync(factory, SetupForms.Organiser);

        // 10 × clamp(30/50 ÷ 0,8, 0, 1) = 10 × 0,75 = 7,5.
        var response = await ApiCalls.SendAsync(browser, HttpMethod.Post, "/api/v1/formulas/check",
            new { rule = "max * clamp(ratio(a, b) / 0.8, 0, 1)", maxPoints = 10, inputs = Inputs, samples = new { a = "30", b = "50" } });
        var body = await ApiCalls.JsonAsync(response);

        Assert.True(body.GetProperty("ok").GetBoolean());
        Assert.Equal(7.5, body.GetProperty("points").GetDouble(), 9);
        Assert.Equal("7,50", body.GetProperty("pointsShown").GetString());
        Assert.Contains("«Tổng số cán bộ»", body.GetProperty("wordsVi").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Check_RuleLongerThanTheBound_400()
    {
        using var browser = await ApiCalls.AsAsync(factory, SetupForms.Organiser);

        var response = await ApiCalls.SendAsync(browser, HttpMethod.Post, "/api/v1/formulas/check", new { rule = new string('a', 2001), maxPoints = 10 });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    [Fact]
    public async Task Check_BodyAboveTheLimit_RefusedBeforeReading()
    {
        using var browser = await ApiCalls.AsAsync(factory, SetupForms.Organiser);

        var response = await ApiCalls.SendAsync(browser, HttpMethod.Post, "/api/v1/formulas/check", new { rule = new string('a', 100_000) });

        Assert.True(response.StatusCode is HttpStatusCode.BadRequest or HttpStatusCode.RequestEntityTooLarge, response.StatusCode.ToString());
    }
}
