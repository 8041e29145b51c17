using System.Text.RegularExpressions;
using ChiSo.Web.Tests.Support;

namespace ChiSo.Web.Tests.Architecture;

/// <summary>
/// The feature folders of ChiSo.Web depend on one another in one direction only (issue 9 §4, ADR 0010): Shared
/// depends on no feature, and no two features reach each other, however indirectly. Read from the sources: a
/// <c>using</c> of another feature's namespace, or a name qualified with it.
/// </summary>
public sealed class FeatureDependencyTests
{
    [Fact]
    public void Shared_DependsOnNoFeature()
    {
        var graph = Graph();

        Assert.Empty(graph["Shared"]);
    }

    [Fact]
    public void Features_DependOnEachOtherInOneDirectionOnly()
    {
        var graph = Graph();

        var cycles = graph.Keys.SelectMany(from => graph[from].Where(to => Reaches(graph, to, from))
            .Select(to => $"{from} → {to} → … → {from}")).ToList();

        Assert.True(graph.Count >= 10, $"Only {graph.Count} feature folders were found.");
        Assert.True(cycles.Count == 0, "Feature folders that depend on each other:\n" + string.Join('\n', cycles));
    }

    private static bool Reaches(Dictionary<string, HashSet<string>> graph, string from, string to)
    {
        var seen = new HashSet<string>();
        var next = new Stack<string>([from]);
        while (next.TryPop(out var here))
        {
            if (here == to)
            {
                return true;
            }

            foreach (var step in graph[here].Where(seen.Add))
            {
                next.Push(step);
            }
        }

        return false;
    }

    private static Dictionary<string, HashSet<string>> Graph()
    {
        var features = Path.Combine(Repository.Root(), "src", "ChiSo.Web", "Features");
        var names = Directory.GetDirectories(features).Select(Path.GetFileName).OfType<string>().ToList();
        return names.ToDictionary(name => name, name =>
        {
            var text = string.Join('\n', Directory.GetFiles(Path.Combine(features, name)).Where(f => f.EndsWith(".cs", StringComparison.Ordinal) || f.EndsWith(".razor", StringComparison.Ordinal)).Select(File.ReadAllText));
            return names.Where(other => other != name && Mentions(text, other)).ToHashSet();
        });
    }

    private static bool Mentions(string text, string feature) =>
        // A whole folder name: Features.Review is not mentioned by Features.ReviewProcess.
        Regex.IsMatch(text, $@"ChiSo\.Web\.Features\.{feature}\b")
        // "Results." alone is ASP.NET Core's Results class (Results.NotFound()), not the Results feature.
        || (feature != "Results" && Regex.IsMatch(text, $@"(^|[^.\w]){feature}\.[A-Z]\w*", RegexOptions.Multiline));
}
