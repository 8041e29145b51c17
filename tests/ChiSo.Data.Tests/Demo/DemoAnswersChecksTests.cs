using ChiSo.Data.Demo;
using ChiSo.Engine.Frameworks;
using ChiSo.Engine.Scoring;
using ChiSo.Files;

namespace ChiSo.Data.Tests.Demo;

/// <summary>The demo's answers keep the shipped frameworks' checks and bounds (ADR 0023): a seeded unit can sign off.</summary>
public class DemoAnswersChecksTests
{
    public static TheoryData<string> Files() => [.. DemoSeederTests.Frameworks().Select(f => f.FileName)];

    [Theory]
    [MemberData(nameof(Files))]
    public void Draw_ShippedFramework_NoErrorOfAnyCheckOrBound(string file)
    {
        var yaml = DemoSeederTests.Frameworks().Single(f => f.FileName == file).Yaml;
        var plan = FrameworkSources.FromYaml(yaml, file).Plan!;
        const int units = 40;

        var values = new DemoAnswers(plan, units, seed: 7, year: plan.Framework.Edition).Draw(0.6).Where(v => v.Round == 0).ToList();

        Assert.Contains(plan.Leaves, l => !plan.Nodes[l].Checks.IsEmpty);
        var period = InputBounds.PeriodOf(plan.Framework.Edition);
        for (var unit = 0; unit < units; unit++)
        {
            var mine = values.Where(v => v.Unit == unit)
                .ToDictionary(v => (plan.Nodes[v.Node].Code, plan.Nodes[v.Node].Inputs[v.Input].Id), v => new StoredValue(v.Number, v.Text));
            var failures = InputChecks.OfValues(plan, (c, i) => mine.GetValueOrDefault((c, i)), period.Start, period.End);
            Assert.DoesNotContain(failures, f => f.Severity == CheckSeverity.Error);
        }
    }
}
