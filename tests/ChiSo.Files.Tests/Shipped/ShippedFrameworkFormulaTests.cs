using ChiSo.Engine;

namespace ChiSo.Files.Tests.Shipped;

/// <summary>
/// Full validation of the shipped frameworks, which compiles every scoring rule: these tests need the formula
/// compiler (formula branch) and fail with NotImplementedException until it is merged.
/// </summary>
public class ShippedFrameworkFormulaTests
{
    [Theory]
    [MemberData(nameof(RepoFiles.ShippedNames), MemberType = typeof(RepoFiles))]
    public void Load_ShippedFramework_HasNoErrors(string name)
    {
        var (framework, _, problems) = FrameworkSources.FromYaml(RepoFiles.ReadShipped(name), name);

        Assert.Empty(problems.Where(p => p.Severity == Severity.Error).Select(p => p.Format(Language.En)));
        Assert.NotNull(framework);
    }
}
