using System.Xml.Linq;

namespace ChiSo.Files.Tests.Architecture;

/// <summary>The project map of docs/adr/0007-project-map.md: a reference outside it fails here.</summary>
public sealed class ProjectMapTests
{
    private static readonly Dictionary<string, string[]> AllowedReferences = new(StringComparer.Ordinal)
    {
        ["ChiSo.Engine"] = [],
        ["ChiSo.Files"] = ["ChiSo.Engine"],
        ["ChiSo.Data"] = ["ChiSo.Engine"],
        ["ChiSo.Data.Sqlite"] = ["ChiSo.Data"],
        ["ChiSo.Data.Postgres"] = ["ChiSo.Data"],
        ["ChiSo.Cli"] = ["ChiSo.Engine", "ChiSo.Files", "ChiSo.Data", "ChiSo.Data.Sqlite", "ChiSo.Data.Postgres"],
        ["ChiSo.Web"] = ["ChiSo.Engine", "ChiSo.Files", "ChiSo.Data", "ChiSo.Data.Sqlite", "ChiSo.Data.Postgres"],
    };

    /// <summary>The file-format libraries: fenced in ChiSo.Files.</summary>
    private static readonly string[] FormatLibraries = ["YamlDotNet", "Sylvan.Data.Csv", "ClosedXML"];

    public static TheoryData<string> Projects()
    {
        var data = new TheoryData<string>();
        foreach (var name in SourceProjects().Select(p => p.Name))
        {
            data.Add(name);
        }

        return data;
    }

    [Fact]
    public void EverySourceProject_IsOnTheMap()
    {
        var unknown = SourceProjects().Select(p => p.Name).Where(n => !AllowedReferences.ContainsKey(n)).ToList();

        Assert.True(unknown.Count == 0, $"Projects not in docs/adr/0007-project-map.md: {string.Join(", ", unknown)}");
        Assert.Equal(AllowedReferences.Count, SourceProjects().Count());
    }

    [Theory, MemberData(nameof(Projects))]
    public void ProjectReferences_StayOnTheMap(string project)
    {
        var references = References(project, "ProjectReference").Select(r => Path.GetFileNameWithoutExtension(r)).ToList();

        var outside = references.Except(AllowedReferences[project], StringComparer.Ordinal).ToList();
        Assert.True(outside.Count == 0, $"{project} references {string.Join(", ", outside)}, an arrow the project map does not have.");
        Assert.Equal(references.Count, references.Distinct(StringComparer.Ordinal).Count());
    }

    [Theory, MemberData(nameof(Projects))]
    public void FormatLibraries_OnlyInFiles(string project)
    {
        var packages = References(project, "PackageReference").ToList();

        var fenced = packages.Intersect(FormatLibraries, StringComparer.Ordinal).ToList();
        Assert.True(project == "ChiSo.Files" || fenced.Count == 0, $"{project} references {string.Join(", ", fenced)}: only ChiSo.Files reads file formats.");
    }

    [Fact]
    public void Engine_ReferencesNoPackageAndNoProject()
    {
        Assert.Empty(References("ChiSo.Engine", "PackageReference"));
        Assert.Empty(References("ChiSo.Engine", "ProjectReference"));
    }

    private static IEnumerable<(string Name, string Path)> SourceProjects() =>
        Directory.EnumerateFiles(System.IO.Path.Combine(RepositoryRoot.Path, "src"), "*.csproj", SearchOption.AllDirectories)
            .Where(p => !p.Contains($"{System.IO.Path.DirectorySeparatorChar}obj{System.IO.Path.DirectorySeparatorChar}", StringComparison.Ordinal))
            .Select(p => (System.IO.Path.GetFileNameWithoutExtension(p), p));

    private static IEnumerable<string> References(string project, string kind)
    {
        var path = SourceProjects().Single(p => p.Name == project).Path;
        return XDocument.Load(path).Descendants(kind)
            .Select(e => e.Attribute("Include")?.Value ?? "")
            .Select(v => v.Replace('\\', '/'));
    }
}
