using ChiSo.Fuzz;

namespace ChiSo.Files.Tests.Fuzz;

/// <summary>Every input scripts/fuzz once found (fuzz/regressions/TARGET/*.bin) is read again without an exception.</summary>
public sealed class FuzzRegressionTests
{
    private static readonly IReadOnlyList<Target> Targets = ChiSo.Fuzz.Targets.All(RepositoryRoot.Path);

    public static TheoryData<string, string> Findings()
    {
        var data = new TheoryData<string, string>();
        foreach (var (target, file) in Runner.Regressions(RepositoryRoot.Path, Targets))
        {
            data.Add(target.Name, Path.GetFileName(file));
        }

        return data;
    }

    [Theory, MemberData(nameof(Findings))]
    public void Finding_IsReadWithoutAnException(string target, string file)
    {
        var input = File.ReadAllBytes(Path.Combine(RepositoryRoot.Path, "fuzz", "regressions", target, file));

        var exception = Record.Exception(() => Targets.Single(t => t.Name == target).Run(input));

        Assert.Null(exception);
    }

    [Fact]
    public void EveryRegressionFolder_NamesATarget()
    {
        var folders = Directory.GetDirectories(Path.Combine(RepositoryRoot.Path, "fuzz", "regressions")).Select(Path.GetFileName);

        Assert.All(folders, f => Assert.Contains(f, Targets.Select(t => t.Name)));
    }
}
